"""What a resident typed is shown to staff in the order typed: a right-to-left override
before a name (an independent tester's 「htimS madA」 for 「Adam Smith」) is not obeyed."""

from __future__ import annotations

from markupsafe import Markup

from api.console.templating import build_templates

OVERRIDE = "\u202e"
ISOLATE = "\u2067"


def test_every_value_a_console_page_shows_loses_its_direction_marks() -> None:
    env = build_templates().env
    page = env.from_string("<p>{{ name }}</p><div>{{ note }}</div><i>{{ count }}</i>")
    shown = page.render(
        name=f"{OVERRIDE}Adam Smith",
        note=Markup(f"<b>{ISOLATE}北区 鹿田町</b>"),
        count=3,
    )
    assert shown == "<p>Adam Smith</p><div><b>北区 鹿田町</b></div><i>3</i>"


def test_control_characters_are_dropped_and_line_breaks_kept() -> None:
    """The thirteenth tester's: a bell and an escape typed in a message showed raw in the
    conversation."""
    page = build_templates().env.from_string("{{ said }}")
    assert page.render(said="助けて\x07\x1b[31m\n二行目\tです") == "助けて[31m\n二行目\tです"


def test_a_sheet_pdf_drops_direction_marks_and_control_characters() -> None:
    """The thirteenth tester's: an override mark before a name turned it in the PDF."""
    from api.console.sheet_pdf import in_fonts

    assert in_fonts(f"{OVERRIDE}Adam\x07 Smith &") == "Adam Smith &amp;"


def test_text_without_marks_is_escaped_as_ever() -> None:
    page = build_templates().env.from_string("{{ said }}")
    assert page.render(said="<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
