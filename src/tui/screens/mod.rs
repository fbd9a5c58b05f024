//! One file per screen.

pub(crate) mod cue;
pub(crate) mod flags;
pub(crate) mod home;
pub(crate) mod message;
pub(crate) mod opener;
pub(crate) mod rehearse;
pub(crate) mod review;
pub(crate) mod side;
pub(crate) mod wizard;
