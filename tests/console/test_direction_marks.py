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


def test_text_without_marks_is_escaped_as_ever() -> None:
    page = build_templates().env.from_string("{{ said }}")
    assert page.render(said="<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
