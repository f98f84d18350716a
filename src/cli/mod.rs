//! Headless commands: they print to stdout and share the model and loader
//! with the TUI.

pub mod check;
pub mod export;
pub mod list;
pub mod people;
pub mod show;
