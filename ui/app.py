"""The Gradio app: chat with checkable citations, corpus management, feedback and an `/ask` API.

Annotations are left unstringified on purpose: Gradio reads them at runtime to inject
`gr.LikeData` and `gr.Progress` and to describe the `/ask` endpoint.
"""

import datetime as dt
import html
import socket
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from qa import (
    MAX_ARTICLE_BYTES,
    Answer,
    ArticleLoadError,
    QuestionError,
    TanyaService,
    get_service,
    get_settings,
    load_article,
    parse_iso_date,
)
from ui.render import (
    EMPTY_SOURCES,
    SOURCES_CSS,
    article_preview,
    chat_markdown,
    error_list,
    sources_html,
    stream_prefixes,
)
from ui.storage import (
    UploadError,
    append_feedback,
    feedback_record,
    original_name,
    store_upload,
)

EXAMPLES = [
    "Kapan Zelensky mengunjungi markas NATO?",
    "Siapa Sekretaris Jenderal NATO?",
    "Apa saja pertemuan NATO yang membahas Ukraina?",
    "When did Zelensky visit NATO headquarters?",
]
TABLE_HEADERS = ["Judul", "Media", "Tanggal", "Potongan", "ID"]
CONCURRENCY = 4  # simultaneous answers (the core locks its shared caches and writes)
STREAM_DELAY_S = 0.02
THINKING = "_Mencari di artikel…_"
MODE_EXTRACTIVE = "Ekstraktif (kutipan langsung)"
MODE_LLM = "LLM (diperiksa terhadap kutipan)"

Message = dict[str, str]
Views = tuple[dict[str, Any], Any, Any]


def parse_date(value: str | None, label: str) -> dt.date | None:
    """An optional YYYY-MM-DD filter; a wrong one stops the question with a clear message."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        return parse_iso_date(text)
    except ValueError as error:
        raise gr.Error(f"{label}: {error}") from error


def date_range(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Both filters, checked together so a reversed range is refused instead of matching nothing."""
    start = parse_date(date_from, "Tanggal awal")
    end = parse_date(date_to, "Tanggal akhir")
    if start and end and start > end:
        raise gr.Error(f"Tanggal awal ({start}) tidak boleh sesudah tanggal akhir ({end}).")
    return start, end


def chat_messages(turns: Sequence[Answer]) -> list[Message]:
    """What the Chatbot shows: escaped questions, answers with [n] linked to their cards."""
    messages: list[Message] = []
    for answer in turns:
        messages.append({"role": "user", "content": html.escape(answer.question, quote=False)})
        messages.append(
            {"role": "assistant", "content": chat_markdown(answer.text, answer.citations)}
        )
    return messages


def plain_history(turns: Sequence[Answer]) -> list[Message]:
    """What `ask` gets as history: the plain text of earlier turns, without link markup."""
    history: list[Message] = []
    for answer in turns:
        history.append({"role": "user", "content": answer.question})
        history.append({"role": "assistant", "content": answer.text})
    return history


def ask_text(service: TanyaService, question: str) -> str:
    """Runs one question for API clients; invalid questions become a Gradio error message."""
    try:
        return service.ask(question).with_sources()
    except QuestionError as error:
        raise gr.Error(str(error)) from error


def corpus_views(service: TanyaService) -> Views:
    """Article table, removal choices and outlet filter choices, all from the live index."""
    items = service.articles()
    rows = [
        [
            meta.title,
            meta.source,
            meta.published.isoformat() if meta.published else "",
            chunks,
            meta.id,
        ]
        for meta, chunks in items
    ]
    ids = [(f"{meta.title or meta.id} ({meta.id})", meta.id) for meta, _ in items]
    outlets = sorted({meta.source for meta, _ in items if meta.source})
    return (
        {"data": rows, "headers": TABLE_HEADERS},
        gr.update(choices=ids, value=None),
        gr.update(choices=outlets),
    )


def build_app() -> gr.Blocks:
    """The whole UI on the shared service; the queue is on so several users are served at once."""
    service = get_service()
    settings = get_settings()
    uploads_dir = settings.data_dir / "uploads"
    feedback_path = settings.data_dir / "feedback.jsonl"

    def respond(
        message: str,
        turns: list[Answer],
        outlets: list[str] | None,
        date_from: str,
        date_to: str,
        top_k: float,
        mode: str,
    ) -> Iterator[tuple[Any, ...]]:
        try:
            question = service.validate(message)
        except QuestionError as error:
            raise gr.Error(str(error)) from error
        start, end = date_range(date_from, date_to)
        shown = chat_messages(turns)
        asked: Message = {"role": "user", "content": html.escape(question, quote=False)}
        yield [*shown, asked, {"role": "assistant", "content": THINKING}], gr.skip(), turns, ""
        try:
            answer = service.ask(
                question,
                history=plain_history(turns),
                sources=outlets or None,
                date_from=start,
                date_to=end,
                top_k=int(top_k),
                mode="llm" if mode == MODE_LLM else "extractive",
            )
        except QuestionError as error:
            raise gr.Error(str(error)) from error
        cards = sources_html(answer, service.article)
        for prefix in stream_prefixes(answer.text):
            reply = {"role": "assistant", "content": chat_markdown(prefix, answer.citations)}
            yield [*shown, asked, reply], cards, turns, ""
            time.sleep(STREAM_DELAY_S)
        turns = [*turns, answer.model_copy(update={"passages": []})]
        yield chat_messages(turns), cards, turns, ""

    def ask(question: str) -> str:
        """Answers one question; returns the answer followed by its numbered sources."""
        return ask_text(service, question)

    def record_feedback(data: gr.LikeData, turns: list[Answer]) -> None:
        index = data.index if isinstance(data.index, int) else data.index[0]
        if index % 2 == 0 or index // 2 >= len(turns):
            return  # a question, or an answer still being streamed
        append_feedback(feedback_path, feedback_record(turns[index // 2], data.liked))
        gr.Info("Terima kasih, umpan balik tersimpan.")

    def preview_uploads(files: list[str] | None) -> tuple[str, list[str], Any]:
        existing = {meta.id for meta, _ in service.articles()}
        pending: list[str] = []
        parts: list[str] = []
        for file in files or []:
            name = original_name(file)
            try:
                stored = store_upload(Path(file), uploads_dir)
            except (UploadError, OSError) as error:
                parts.append(error_list([str(error)]))
                continue
            try:
                article = load_article(stored)
            except ArticleLoadError as error:
                stored.unlink(missing_ok=True)
                parts.append(error_list([str(error).replace(str(stored), name)]))
                continue
            pending.append(str(stored))
            parts.append(article_preview(article, existing, name))
        return "".join(parts), pending, gr.update(interactive=bool(pending))

    def index_uploads(
        pending: list[str],
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio's hook)
    ) -> tuple[Any, ...]:
        if not pending:
            raise gr.Error("Belum ada artikel yang diunggah.")
        service.articles()  # builds the default corpus first; ingest() alone would skip it
        progress(0, desc="Menyiapkan model…")

        def report_progress(done: int, total: int, article_id: str) -> None:
            progress((done, total), desc=f"Mengindeks {article_id}", unit="potongan")

        report = service.ingest([Path(p) for p in pending], progress=report_progress)
        status = f"**Selesai:** {html.escape(report.summary())}."
        if report.errors:
            status += "\n\n" + "\n".join(f"- {html.escape(e)}" for e in report.errors)
        return (status, *corpus_views(service), [], None, gr.update(interactive=False), "")

    def remove_article(article_id: str | None) -> tuple[Any, ...]:
        if not article_id:
            raise gr.Error("Pilih dulu artikel yang akan dihapus.")
        removed = service.remove(article_id)
        shown = html.escape(article_id)
        status = (
            f"Artikel **{shown}** dihapus ({removed} potongan)."
            if removed
            else f"Artikel **{shown}** tidak ditemukan di indeks."
        )
        return (status, *corpus_views(service))

    with gr.Blocks(title="Tanya Berita", analytics_enabled=False) as app:
        gr.Markdown(
            "# Tanya Berita\nTanya jawab atas kumpulan artikel berita berbahasa Indonesia. "
            "Setiap jawaban menyebut sumbernya; klik nomor seperti **[1]** untuk melihat kutipan "
            "di artikel aslinya."
        )
        turns = gr.State([])
        with gr.Tabs():
            with gr.Tab("Tanya", id="tanya"), gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label="Percakapan",
                        height=460,
                        elem_id="percakapan",
                        buttons=["copy"],
                        placeholder="Ajukan pertanyaan tentang isi artikel berita.",
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            show_label=False,
                            placeholder="Tulis pertanyaan…",
                            scale=5,
                            elem_id="pertanyaan",
                            max_lines=4,
                            submit_btn=False,
                        )
                        send = gr.Button("Kirim", variant="primary", scale=1, elem_id="kirim")
                    clear = gr.Button("Hapus percakapan", variant="secondary", size="sm")
                    gr.Examples(
                        [[q] for q in EXAMPLES], inputs=[question], label="Contoh pertanyaan"
                    )
                    with gr.Accordion("Pengaturan", open=False):
                        outlets = gr.Dropdown(
                            label="Media",
                            multiselect=True,
                            choices=[],
                            value=[],
                            info="Kosongkan untuk mencari di semua media.",
                        )
                        with gr.Row():
                            date_from = gr.Textbox(label="Dari tanggal", placeholder="YYYY-MM-DD")
                            date_to = gr.Textbox(label="Sampai tanggal", placeholder="YYYY-MM-DD")
                        top_k = gr.Slider(
                            1,
                            10,
                            value=min(settings.top_k, 10),
                            step=1,
                            label="Jumlah potongan artikel yang dibaca",
                        )
                        mode = gr.Radio(
                            [MODE_EXTRACTIVE, MODE_LLM],
                            value=MODE_EXTRACTIVE,
                            label="Mode jawaban",
                            visible=bool(settings.llm),
                            info="LLM: kalimat yang tidak didukung kutipan dibuang.",
                        )
                with gr.Column(scale=2):
                    gr.Markdown("### Sumber")
                    sources = gr.HTML(
                        EMPTY_SOURCES,
                        css_template=SOURCES_CSS,
                        elem_id="sumber-panel",
                        js_on_load=None,
                        max_height=640,
                    )
            with gr.Tab("Kelola artikel", id="kelola"):
                table = gr.Dataframe(
                    headers=TABLE_HEADERS,
                    interactive=False,
                    wrap=True,
                    label="Artikel terindeks",
                    elem_id="tabel-artikel",
                    column_widths=["38%", "14%", "12%", "10%", "26%"],
                )
                upload = gr.File(
                    label=(
                        f"Unggah artikel (.txt, .md, .html, .htm; maksimal "
                        f"{MAX_ARTICLE_BYTES / 1_000_000:g} MB)"
                    ),
                    file_count="multiple",
                    elem_id="unggah",
                )
                preview = gr.HTML(
                    "", css_template=SOURCES_CSS, js_on_load=None, elem_id="pratinjau"
                )
                pending = gr.State([])
                index_button = gr.Button(
                    "Indeks artikel", variant="primary", interactive=False, elem_id="indeks"
                )
                corpus_status = gr.Markdown(elem_id="status-korpus")
                with gr.Row():
                    remove_choice = gr.Dropdown(label="Artikel yang dihapus", choices=[], scale=4)
                    remove_button = gr.Button("Hapus", variant="stop", scale=1)

        chat_inputs = [question, turns, outlets, date_from, date_to, top_k, mode]
        chat_outputs = [chatbot, sources, turns, question]
        for trigger in (question.submit, send.click):
            trigger(respond, chat_inputs, chat_outputs, api_visibility="private")
        clear.click(
            lambda: ([], EMPTY_SOURCES, [], ""), None, chat_outputs, api_visibility="private"
        )
        chatbot.clear(lambda: (EMPTY_SOURCES, []), None, [sources, turns], api_visibility="private")
        chatbot.like(record_feedback, [turns], None, api_visibility="private")
        gr.api(ask, api_name="ask")
        upload.upload(
            preview_uploads, [upload], [preview, pending, index_button], api_visibility="private"
        )
        index_button.click(
            index_uploads,
            [pending],
            [corpus_status, table, remove_choice, outlets, pending, upload, index_button, preview],
            api_visibility="private",
            concurrency_id="corpus",
            concurrency_limit=1,
        )
        remove_button.click(
            remove_article,
            [remove_choice],
            [corpus_status, table, remove_choice, outlets],
            api_visibility="private",
            concurrency_id="corpus",
            concurrency_limit=1,
        )
        app.load(
            lambda: corpus_views(service),
            None,
            [table, remove_choice, outlets],
            api_visibility="private",
        )
    app.queue(default_concurrency_limit=CONCURRENCY)
    return app


def launch_options() -> dict[str, Any]:
    """Look and footer for `Blocks.launch`; system fonts keep the page free of web-font fetches."""
    return {
        "theme": gr.themes.Default(
            font=["ui-sans-serif", "system-ui", "sans-serif"],
            font_mono=["ui-monospace", "monospace"],
        ),
        "footer_links": ["api", "settings"],
        # Uploads over our own limit still get the Indonesian message; far larger ones never land.
        "max_file_size": 5 * MAX_ARTICLE_BYTES,
    }


def launch(host: str | None = None, port: int | None = None) -> None:
    """Entry point of `tanya ui`: serves the app on the configured host and port."""
    settings = get_settings()
    host, port = host or settings.ui_host, port or settings.ui_port
    _check_port_free(host, port)
    build_app().launch(server_name=host, server_port=port, **launch_options())


def _check_port_free(host: str, port: int) -> None:
    """Gradio's own message for a taken port advises GRADIO_SERVER_PORT, which this app does not
    read; say what does work instead."""
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise OSError(
                f"Port {port} di {host} sudah dipakai. Pilih port lain: "
                f"`tanya ui --port {port + 1}` atau TANYA_UI_PORT={port + 1}."
            ) from error
