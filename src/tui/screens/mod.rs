//! One file per screen.

pub mod cue;
pub mod flags;
pub mod home;
pub mod opener;
pub mod rehearse;
pub mod review;
pub mod side;
pub mod wizard;
