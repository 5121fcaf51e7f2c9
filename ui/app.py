"""The Gradio app: chat whose answers carry their own checkable sources, corpus management,
feedback and an `/ask` API.

Annotations are left unstringified on purpose: Gradio reads them at runtime to inject
`gr.LikeData` and `gr.Progress` and to describe the `/ask` endpoint.
"""

import logging
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from qa import (
    MAX_ARTICLE_BYTES,
    ArticleLoadError,
    QuestionError,
    TanyaService,
    get_service,
    get_settings,
    load_article,
)
from ui.assets import CSS, head
from ui.chat import InputError, Pending, answer_steps, check_question
from ui.corpus import (
    TABLE_HEADERS,
    date_span,
    outlet_choices,
    outlet_label,
    outlet_sources,
    removal_choices,
    table_rows,
)
from ui.render import article_preview, chat_messages, error_list, escape, progress_message
from ui.storage import (
    UploadError,
    feedback_record,
    original_name,
    store_feedback,
    store_upload,
)
from ui.turns import (
    Turn,
    conversation_choices,
    current_turns,
    export_markdown,
    load_saved,
    store_turns,
)

log = logging.getLogger(__name__)

EXAMPLES = [
    "Kapan Zelensky mengunjungi markas NATO?",
    "Siapa Sekretaris Jenderal NATO?",
    "Apa saja pertemuan NATO yang membahas Ukraina?",
    "When did Zelensky visit NATO headquarters?",
]
CONCURRENCY = 4  # simultaneous answers (the core locks its shared caches and writes)
MODE_EXTRACTIVE = "Ekstraktif (kutipan langsung)"
MODE_LLM = "LLM (diperiksa terhadap kutipan)"
STORAGE_KEY = "tanya-berita-percakapan"
TOP_K_INFO = (
    "Berapa potongan artikel yang dibaca sebelum menjawab. Lebih banyak: jawaban bisa "
    "menggabungkan lebih banyak artikel, tetapi lebih lambat. Pertanyaan daftar (“Apa saja…”) "
    "selalu membaca sedikitnya 10 potongan."
)


def ask_text(service: TanyaService, question: str) -> str:
    """Runs one question for API clients; invalid questions become a Gradio error message."""
    try:
        return service.ask(question).with_sources()
    except QuestionError as error:
        log.info("Pertanyaan API ditolak: %s", error)
        raise gr.Error(str(error), title="Pertanyaan tidak valid") from error


def error_html(message: str) -> str:
    return f'<p class="galat" role="alert">{escape(message)}</p>' if message else ""


def announce(text: str) -> str:
    """The live region screen readers hear when an answer and its sources arrive."""
    return f'<div class="sr-only" role="status" aria-live="polite">{escape(text)}</div>'


def shown_chat(service: TanyaService, turns: list[Turn], extra: list[dict[str, str]]) -> Any:
    """The chat with each answer's feedback state, plus any pending question and its progress."""
    feedback = [t.feedback for t in turns] + [None] * (len(extra) // 2)
    return gr.update(value=chat_messages(turns, service.article) + extra, feedback_value=feedback)


def build_app() -> gr.Blocks:
    """The whole UI on the shared service; the queue is on so several users are served at once."""
    service = get_service()
    settings = get_settings()
    uploads_dir = settings.data_dir / "uploads"
    feedback_path = settings.data_dir / "feedback.jsonl"

    def filters_view(outlet_keys: list[str] | None, date_from: str, date_to: str) -> tuple:
        items = service.articles()
        labels = ", ".join(outlet_label(k, items) for k in outlet_keys or [])
        return (
            gr.update(value=f"Media: {labels} ✕", visible=bool(outlet_keys)),
            gr.update(value=f"Dari {date_from} ✕", visible=bool((date_from or "").strip())),
            gr.update(value=f"Sampai {date_to} ✕", visible=bool((date_to or "").strip())),
        )

    def start(
        message: str,
        turns: list[Turn],
        outlet_keys: list[str] | None,
        date_from: str,
        date_to: str,
    ) -> tuple:
        """Checks the question, shows it at once and locks the input; or says what to fix."""
        try:
            pending = check_question(
                service,
                message,
                outlet_sources(outlet_keys, service.articles()),
                date_from,
                date_to,
            )
        except InputError as error:
            skip = gr.skip()
            return (error_html(str(error)), skip, skip, skip, skip, skip, None)
        asked = {"role": "user", "content": escape(pending.question)}
        waiting = {"role": "assistant", "content": progress_message("Pertanyaan diterima…")}
        return (
            "",
            shown_chat(service, turns, [asked, waiting]),
            gr.update(value="", interactive=False),
            gr.update(visible=False),
            gr.update(visible=True),
            gr.update(visible=False),
            pending.model_dump(mode="json"),
        )

    def respond(
        pending: dict | None, turns: list[Turn], saved: dict, top_k: float, mode: str
    ) -> Iterator[tuple]:
        if not pending:
            yield (gr.skip(),) * 5
            return
        asked = Pending.model_validate(pending)
        question = {"role": "user", "content": escape(asked.question)}
        try:
            for step in answer_steps(service, asked, turns, int(top_k), mode == MODE_LLM):
                if isinstance(step, str):
                    progress = {"role": "assistant", "content": progress_message(step)}
                    yield (shown_chat(service, turns, [question, progress]), *(gr.skip(),) * 4)
                    continue
                turns = [*turns, step]
        except Exception:
            log.exception("Gagal menjawab pertanyaan")
            failed = {
                "role": "assistant",
                "content": progress_message("Maaf, terjadi kesalahan saat menjawab. Coba lagi."),
            }
            yield (shown_chat(service, turns, [question, failed]), *(gr.skip(),) * 4)
            return
        stored = store_turns(load_saved(saved), turns)
        latest = turns[-1]
        yield (
            shown_chat(service, turns, []),
            turns,
            stored.model_dump(mode="json"),
            announce(f"Jawaban siap dengan {len(latest.answer.citations)} sumber."),
            gr.update(choices=conversation_choices(stored), value=stored.current),
        )

    def unlock() -> tuple:
        return (
            gr.update(interactive=True),
            gr.update(visible=True),
            gr.update(visible=False),
            gr.update(visible=True),
        )

    def stopped(pending: dict | None, turns: list[Turn]) -> tuple:
        """After Stop: the chat as it was, the question back in the box to edit or resend."""
        question = Pending.model_validate(pending).question if pending else ""
        return (
            shown_chat(service, turns, []),
            gr.update(value=question, interactive=True),
            *unlock()[1:],
            error_html("Dihentikan. Pertanyaan dikembalikan ke kotak; kirim lagi bila perlu."),
        )

    def restore(saved: dict) -> tuple:
        stored = load_saved(saved)
        turns = current_turns(stored)
        return (
            shown_chat(service, turns, []),
            turns,
            gr.update(choices=conversation_choices(stored), value=stored.current or None),
        )

    def switch(conversation_id: str | None, saved: dict) -> tuple:
        stored = load_saved(saved)
        if conversation_id:
            stored.current = conversation_id
        return (*restore(stored.model_dump(mode="json")), stored.model_dump(mode="json"))

    def new_conversation(saved: dict) -> tuple:
        stored = load_saved(saved)
        stored.current = ""
        return (
            shown_chat(service, [], []),
            [],
            stored.model_dump(mode="json"),
            gr.update(choices=conversation_choices(stored), value=None),
        )

    def delete_conversation(saved: dict) -> tuple:
        stored = load_saved(saved)
        stored.conversations = [c for c in stored.conversations if c.id != stored.current]
        return new_conversation(stored.model_dump(mode="json"))

    def export(turns: list[Turn]) -> str | None:
        if not turns:
            gr.Info("Belum ada percakapan untuk diekspor.")
            return None
        folder = Path(tempfile.mkdtemp(prefix="tanya-ekspor-"))
        path = folder / "percakapan-tanya-berita.md"
        path.write_text(export_markdown(turns), encoding="utf-8")
        return str(path)

    def ask(question: str) -> str:
        """Answers one question; returns the answer followed by its numbered sources."""
        return ask_text(service, question)

    def record_feedback(data: gr.LikeData, turns: list[Turn], saved: dict) -> tuple:
        """Sets this answer's feedback (a second click changes it, never adds a contradiction)."""
        index = data.index if isinstance(data.index, int) else data.index[0]
        if index % 2 == 0 or index // 2 >= len(turns):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        turn = turns[index // 2]
        liked = data.liked
        turn.feedback = (
            None
            if liked in (None, "")
            else "Like"
            if liked is True
            else "Dislike"
            if liked is False
            else str(liked)
        )
        store_feedback(
            feedback_path, turn.id, feedback_record(turn.answer, turn.feedback, turn.comment)
        )
        stored = store_turns(load_saved(saved), turns)
        gr.Info("Terima kasih, penilaian tersimpan. Tambahkan komentar bila mau.")
        return turns, stored.model_dump(mode="json"), index // 2, gr.update(visible=True)

    def record_comment(comment: str, target: int | None, turns: list[Turn], saved: dict) -> tuple:
        if target is None or target >= len(turns):
            return gr.skip(), gr.skip(), gr.skip()
        turn = turns[target]
        turn.comment = comment.strip()
        store_feedback(
            feedback_path, turn.id, feedback_record(turn.answer, turn.feedback, turn.comment)
        )
        stored = store_turns(load_saved(saved), turns)
        gr.Info("Komentar tersimpan.")
        return turns, stored.model_dump(mode="json"), gr.update(value="")

    # --- corpus tab ---

    def corpus_views() -> tuple:
        """Article table, removal choices, outlet choices and the date span, from the live index."""
        items = service.articles()
        span = date_span(items)
        span_html = (
            f'<p id="rentang-tanggal" data-min="{span[0]}" data-max="{span[1]}">'
            f"Artikel bertanggal {span[0]} s.d. {span[1]}.</p>"
            if span
            else ""
        )
        return (
            {"data": table_rows(items), "headers": TABLE_HEADERS},
            gr.update(choices=removal_choices(items), value=None),
            gr.update(choices=outlet_choices(items)),
            span_html,
        )

    def preview_uploads(files: list[str] | None) -> tuple[str, list[str], Any]:
        existing = {meta.id for meta, _ in service.articles()}
        pending: list[str] = []
        parts: list[str] = []
        for file in files or []:
            name = original_name(file)
            try:
                stored = store_upload(Path(file), uploads_dir)
            except (UploadError, OSError) as error:
                log.info("Unggahan ditolak: %s", error)
                parts.append(error_list([str(error)]))
                continue
            try:
                article = load_article(stored)
            except ArticleLoadError as error:
                stored.unlink(missing_ok=True)
                log.info("Unggahan tidak terbaca: %s", name)
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
            return ("Belum ada artikel yang diunggah.", *(gr.skip(),) * 8)
        service.articles()  # builds the default corpus first; ingest() alone would skip it
        progress(0, desc="Menyiapkan model…")

        def report_progress(done: int, total: int, article_id: str) -> None:
            progress((done, total), desc=f"Mengindeks {article_id}", unit="potongan")

        report = service.ingest([Path(p) for p in pending], progress=report_progress)
        status = f"**Selesai:** {escape(report.summary())}."
        if report.errors:
            status += "\n\n" + "\n".join(f"- {escape(e)}" for e in report.errors)
        return (status, *corpus_views(), [], None, gr.update(interactive=False), "")

    def remove_article(article_id: str | None) -> tuple[Any, ...]:
        if not article_id:
            return ("Tidak ada artikel yang dihapus.", *(gr.skip(),) * 4)
        removed = service.remove(article_id)
        shown = escape(article_id)
        status = (
            f"Artikel **{shown}** dihapus ({removed} potongan)."
            if removed
            else f"Artikel **{shown}** tidak ditemukan di indeks."
        )
        return (status, *corpus_views())

    with gr.Blocks(title="Tanya Berita", analytics_enabled=False) as app:
        gr.Markdown(
            "# Tanya Berita\nTanya jawab atas kumpulan artikel berita berbahasa Indonesia. "
            "Setiap jawaban menyebut sumbernya; klik nomor seperti **[1]** untuk melihat kutipan "
            "di artikel aslinya, tepat di bawah jawaban itu."
        )
        turns = gr.State([])
        pending = gr.State(None)
        feedback_target = gr.State(None)
        saved = gr.BrowserState({}, storage_key=STORAGE_KEY, secret=STORAGE_KEY)
        with gr.Tabs():
            with gr.Tab("Tanya", id="tanya"):
                chatbot = gr.Chatbot(
                    label="Percakapan",
                    height="65vh",
                    min_height=320,
                    elem_id="percakapan",
                    buttons=["copy"],
                    feedback_options=("Like", "Dislike"),
                    placeholder="Ajukan pertanyaan tentang isi artikel berita.",
                )
                announcer = gr.HTML(announce(""), elem_id="pengumuman")
                with gr.Row(elem_id="filter-chips"):
                    chip_outlets = gr.Button(visible=False, size="sm", elem_id="chip-media")
                    chip_from = gr.Button(visible=False, size="sm", elem_id="chip-dari")
                    chip_to = gr.Button(visible=False, size="sm", elem_id="chip-sampai")
                with gr.Row(equal_height=True):
                    question = gr.Textbox(
                        label="Pertanyaan",
                        show_label=False,
                        placeholder="Tulis pertanyaan…",
                        scale=5,
                        elem_id="pertanyaan",
                        max_lines=4,
                        submit_btn=False,
                    )
                    send = gr.Button("Kirim", variant="primary", scale=1, elem_id="kirim")
                    stop = gr.Button(
                        "Berhenti", variant="stop", scale=1, visible=False, elem_id="berhenti"
                    )
                with gr.Row():
                    input_error = gr.HTML("", elem_id="galat-pertanyaan")
                    gr.HTML(f'<p id="penghitung">0 / {settings.max_question_chars} karakter</p>')
                with gr.Accordion("Filter dan pengaturan", open=False, elem_id="pengaturan"):
                    outlets = gr.Dropdown(
                        label="Media",
                        multiselect=True,
                        choices=[],
                        value=[],
                        info="Kosongkan untuk mencari di semua media.",
                        elem_id="filter-media",
                    )
                    span = gr.HTML("")
                    with gr.Row():
                        date_from = gr.Textbox(
                            label="Dari tanggal", max_lines=1, elem_id="dari-tanggal"
                        )
                        date_to = gr.Textbox(
                            label="Sampai tanggal", max_lines=1, elem_id="sampai-tanggal"
                        )
                    top_k = gr.Slider(
                        1,
                        10,
                        value=min(settings.top_k, 10),
                        step=1,
                        label="Jumlah potongan artikel yang dibaca",
                        info=TOP_K_INFO,
                    )
                    mode = gr.Radio(
                        [MODE_EXTRACTIVE, MODE_LLM],
                        value=MODE_EXTRACTIVE,
                        label="Mode jawaban",
                        visible=bool(settings.llm),
                        info="LLM: kalimat yang tidak didukung kutipan dibuang.",
                    )
                examples = gr.Examples(
                    [[q] for q in EXAMPLES], inputs=[question], label="Contoh pertanyaan"
                )
                with gr.Row(visible=False) as comment_row:
                    comment = gr.Textbox(
                        label="Komentar untuk jawaban yang baru dinilai (opsional)", scale=4
                    )
                    comment_send = gr.Button("Simpan komentar", scale=1)
                with gr.Accordion("Riwayat percakapan", open=False, elem_id="riwayat"):
                    history = gr.Dropdown(
                        label="Percakapan tersimpan di peramban ini", choices=[], value=None
                    )
                    with gr.Row():
                        new_chat = gr.Button("Percakapan baru", size="sm", elem_id="baru")
                        delete_chat = gr.Button(
                            "Hapus percakapan ini", size="sm", variant="stop", elem_id="hapus-chat"
                        )
                        export_button = gr.DownloadButton(
                            "Ekspor Markdown", size="sm", elem_id="ekspor"
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
                preview = gr.HTML("", elem_id="pratinjau")
                uploads = gr.State([])
                index_button = gr.Button(
                    "Indeks artikel", variant="primary", interactive=False, elem_id="indeks"
                )
                corpus_status = gr.Markdown(elem_id="status-korpus")
                with gr.Row():
                    remove_choice = gr.Dropdown(label="Artikel yang dihapus", choices=[], scale=4)
                    remove_button = gr.Button("Hapus", variant="stop", scale=1)

        locks = [question, send, stop, examples.dataset]
        sending = [
            trigger(
                start,
                [question, turns, outlets, date_from, date_to],
                [input_error, chatbot, *locks, pending],
                api_visibility="private",
                queue=False,
                trigger_mode="once",
                show_progress="hidden",
            )
            for trigger in (question.submit, send.click)
        ]
        answering = [
            event.then(
                respond,
                [pending, turns, saved, top_k, mode],
                [chatbot, turns, saved, announcer, history],
                api_visibility="private",
                show_progress="hidden",
                concurrency_id="answer",
            )
            for event in sending
        ]
        for event in answering:
            event.then(unlock, None, locks, api_visibility="private", queue=False)
        stop.click(
            stopped,
            [pending, turns],
            [chatbot, *locks, input_error],
            cancels=answering,
            api_visibility="private",
            queue=False,
        )
        for box in (outlets, date_from, date_to):
            box.change(
                filters_view,
                [outlets, date_from, date_to],
                [chip_outlets, chip_from, chip_to],
                api_visibility="private",
                queue=False,
                show_progress="hidden",
            )
        chip_outlets.click(lambda: [], None, outlets, api_visibility="private", queue=False)
        chip_from.click(lambda: "", None, date_from, api_visibility="private", queue=False)
        chip_to.click(lambda: "", None, date_to, api_visibility="private", queue=False)
        chatbot.like(
            record_feedback,
            [turns, saved],
            [turns, saved, feedback_target, comment_row],
            api_visibility="private",
        )
        comment_send.click(
            record_comment,
            [comment, feedback_target, turns, saved],
            [turns, saved, comment],
            api_visibility="private",
        )
        history.input(
            switch, [history, saved], [chatbot, turns, history, saved], api_visibility="private"
        )
        new_chat.click(
            new_conversation, [saved], [chatbot, turns, saved, history], api_visibility="private"
        )
        delete_chat.click(
            delete_conversation,
            [saved],
            [chatbot, turns, saved, history],
            api_visibility="private",
            js="(saved) => confirm('Hapus percakapan ini dari peramban?') ? saved : null",
        )
        export_button.click(export, [turns], export_button, api_visibility="private")
        gr.api(ask, api_name="ask")

        preview_event = upload.upload(
            preview_uploads, [upload], [preview, uploads, index_button], api_visibility="private"
        )
        index_event = index_button.click(
            index_uploads,
            [uploads],
            [
                corpus_status,
                table,
                remove_choice,
                outlets,
                span,
                uploads,
                upload,
                index_button,
                preview,
            ],
            api_visibility="private",
            concurrency_id="corpus",
            concurrency_limit=1,
            show_progress_on=[corpus_status],
        )
        upload.clear(
            lambda: ("", [], gr.update(interactive=False), "Unggahan dibatalkan."),
            None,
            [preview, uploads, index_button, corpus_status],
            cancels=[preview_event, index_event],
            api_visibility="private",
            queue=False,
        )
        remove_button.click(
            remove_article,
            [remove_choice],
            [corpus_status, table, remove_choice, outlets, span],
            api_visibility="private",
            concurrency_id="corpus",
            concurrency_limit=1,
            js="(id) => id && confirm('Hapus artikel ini dari indeks?') ? id : null",
        )
        app.load(
            corpus_views, None, [table, remove_choice, outlets, span], api_visibility="private"
        )
        app.load(restore, [saved], [chatbot, turns, history], api_visibility="private")
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
        "css": CSS,
        "head": head(),
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
