"""Gradio web UI for Tanya Berita; start it with `ui.app.launch()` (the `tanya ui` command)."""
