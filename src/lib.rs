//! brief: a terminal briefing browser.
//!
//! The library holds everything; `src/main.rs` only dispatches the command
//! line. Model and loading know nothing of the terminal, so the headless
//! commands and the TUI share them.

pub mod app;
pub mod cli;
pub mod config;
pub mod draft;
pub mod load;
pub mod markdown;
pub mod model;
pub mod people;
pub mod review;
pub mod serve;
pub mod synth;
pub mod theme;
pub mod tui;
pub mod ui;
