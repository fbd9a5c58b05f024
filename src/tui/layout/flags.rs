//! The red-flag review's regions: the checklist and the verdict page. The screens draw into
//! them and the mouse maps clicks back through them.

use ratatui::layout::{Constraint, Layout, Rect};

/// Width from which the screens use two columns.
pub(crate) const WIDE: u16 = 100;

/// The checklist's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChecklistAreas {
    /// Title and count.
    pub(crate) header: Rect,
    /// The client field (bordered).
    pub(crate) client: Rect,
    /// One line: completions, or the client's earlier scores.
    pub(crate) strip: Rect,
    /// The items (bordered).
    pub(crate) list: Rect,
    /// The item under the cursor: hint and note (bordered).
    pub(crate) detail: Rect,
    /// The live verdict: a line below the list, or a panel beside it.
    pub(crate) verdict: Rect,
}

/// Splits the checklist body: list above detail and a verdict line when narrow, the detail
/// and verdict in a column beside the list when wide.
pub(crate) fn checklist_areas(body: Rect) -> ChecklistAreas {
    let [header, client, strip, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(body);
    if body.width >= WIDE {
        let side_width = (body.width * 2 / 5).max(36);
        let [list, side] =
            Layout::horizontal([Constraint::Min(40), Constraint::Length(side_width)]).areas(main);
        let [verdict, detail] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Min(4)]).areas(side);
        ChecklistAreas {
            header,
            client,
            strip,
            list,
            detail,
            verdict,
        }
    } else {
        let [list, detail, verdict] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(5),
            Constraint::Length(1),
        ])
        .areas(main);
        ChecklistAreas {
            header,
            client,
            strip,
            list,
            detail,
            verdict,
        }
    }
}

/// The verdict page's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct VerdictAreas {
    /// Title: client and date.
    pub(crate) header: Rect,
    /// One line: the client's reviews, sparkline and trend.
    pub(crate) strip: Rect,
    /// The verdict and why; in one column, everything (scrolled).
    pub(crate) left: Rect,
    /// What next, when wide (scrolled).
    pub(crate) right: Option<Rect>,
}

/// Splits the verdict body.
pub(crate) fn verdict_areas(body: Rect) -> VerdictAreas {
    let [header, strip, _gap, main] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(body);
    if body.width >= WIDE {
        let [left, _gap, right] = Layout::horizontal([
            Constraint::Percentage(42),
            Constraint::Length(2),
            Constraint::Min(30),
        ])
        .areas(main);
        VerdictAreas {
            header,
            strip,
            left,
            right: Some(right),
        }
    } else {
        VerdictAreas {
            header,
            strip,
            left: main,
            right: None,
        }
    }
}
