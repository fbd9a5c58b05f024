//! Drawing the app into a test terminal and reading the screen back as text, for the tests
//! of every screen.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::app::App;
use super::view::view;

/// The screen as text at `width` x `height`, each row without trailing spaces.
pub(crate) fn render_at(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view(app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..height {
        let line: String = (0..width)
            .map(|x| buffer[(x, y)].symbol().to_owned())
            .collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen as text at the app's own size.
pub(crate) fn render(app: &App) -> String {
    render_at(app, app.size.0, app.size.1)
}
