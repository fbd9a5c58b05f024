//! Where sheets live on disk.
