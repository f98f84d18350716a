//! brief: a terminal briefing browser.
//!
//! The library holds everything; `src/main.rs` only dispatches the command
//! line. Model and loading know nothing of the terminal, so the headless
//! commands and the TUI share them.

pub mod cli;
pub mod load;
pub mod model;
