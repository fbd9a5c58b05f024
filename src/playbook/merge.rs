//! Extending a playbook with a user's file: the same id replaces, a new id adds.

use super::schema::{Band, Choice, FlagItem, Playbook, Role, Scenario, Strategy, Tip};

/// Something with a stable id that a user file can replace or add.
trait Keyed {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(impl Keyed for $t { fn key(&self) -> &str { &self.id } })*};
}
keyed!(Role, Scenario, Choice, FlagItem, Band, Strategy);

fn merge_keyed<T: Keyed>(base: &mut Vec<T>, overlay: Vec<T>) {
    for item in overlay {
        match base.iter_mut().find(|b| b.key() == item.key()) {
            Some(slot) => *slot = item,
            None => base.push(item),
        }
    }
}

fn replace_if_given<T>(base: &mut Vec<T>, overlay: Vec<T>) {
    if !overlay.is_empty() {
        *base = overlay;
    }
}

fn merge_tips(base: &mut Vec<Tip>, overlay: Vec<Tip>) {
    replace_if_given(base, overlay);
}

/// `base` extended by `overlay`.
pub fn merge(mut base: Playbook, overlay: Playbook) -> Playbook {
    merge_keyed(&mut base.roles, overlay.roles);
    merge_keyed(&mut base.scenarios, overlay.scenarios);
    merge_tips(&mut base.before, overlay.before);
    merge_keyed(
        &mut base.twelve_month.wont_matter,
        overlay.twelve_month.wont_matter,
    );
    merge_keyed(
        &mut base.twelve_month.will_matter,
        overlay.twelve_month.will_matter,
    );
    if !overlay.red_flags.exit_scenario.is_empty() {
        base.red_flags.exit_scenario = overlay.red_flags.exit_scenario;
    }
    merge_keyed(&mut base.red_flags.groups, overlay.red_flags.groups);
    merge_keyed(&mut base.red_flags.items, overlay.red_flags.items);
    merge_keyed(&mut base.red_flags.bands, overlay.red_flags.bands);
    base.red_flags.bands.sort_by_key(|b| b.min_score);
    merge_keyed(&mut base.strategies, overlay.strategies);
    merge_tips(&mut base.redirection_plan, overlay.redirection_plan);
    merge_tips(&mut base.breaking_point, overlay.breaking_point);
    merge_tips(&mut base.logistics.timing, overlay.logistics.timing);
    merge_tips(&mut base.logistics.place, overlay.logistics.place);
    merge_tips(&mut base.logistics.channel, overlay.logistics.channel);
    merge_tips(&mut base.listening_cues, overlay.listening_cues);
    replace_if_given(&mut base.future_questions, overlay.future_questions);
    replace_if_given(&mut base.debrief_questions, overlay.debrief_questions);
    merge_tips(&mut base.after, overlay.after);
    if overlay.drafting != super::schema::Drafting::default() {
        base.drafting = overlay.drafting;
    }
    base
}
