"""Crisis rules: a deterministic detector that runs before any model, on every message.

A flag is raised when a cue of `nlu.crisis_lexicon` matches and its own sentence does not
take it back. What takes a cue back:

- a denial right after it (「死にたいとは思わない」), but not a double negative
  (「死にたいと思わない日はない」);
- a fear of something that is not happening (「息をしていないんじゃないかと」);
- a sentence about a course, a talk, prevention or volunteering (「自殺予防の研修」);
- a distant past told in the past tense (「昔、死にたいと思ったことがある」「先月…救急車を
  呼びました」「自殺未遂をしたのは私が小さい頃で」), unless it has come back (「最近また」
  「今も」): a thought anywhere in the message, an event in its own sentence
  (「子どもの頃、叩かれていた。今も父が怒鳴っている」 is a past event and a present worry).
  「さっき」「今朝」 are not distant: 「さっき手首を切りました」 is a crisis.

Idioms are not cues to begin with: bare 死ぬ (「死ぬほど疲れた」「死ぬかと思った」) never is.
Someone else's thoughts or danger count (「友だちが死にたいと言っている」). Violence now
with a young child present adds `child_danger`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from nlu import crisis_lexicon as lexicon
from nlu.categories import CRISIS_FLAGS
from nlu.crisis_languages import detect_in_languages
from nlu.romaji import as_kana
from nlu.text_normal import katakana_to_hiragana, normalize


@dataclass(frozen=True, slots=True)
class _CompiledCue:
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    needs: re.Pattern[str] | None


def _compile(cue: lexicon.Cue) -> _CompiledCue:
    return _CompiledCue(
        re.compile(cue.pattern),
        re.compile(cue.unless) if cue.unless else None,
        re.compile(cue.needs) if cue.needs else None,
    )


@dataclass(frozen=True, slots=True)
class _Rules:
    cues: dict[str, tuple[_CompiledCue, ...]]
    negation: re.Pattern[str]
    suicide_not_now: re.Pattern[str]
    message_taken_back: re.Pattern[str]
    habit_quoted: re.Pattern[str]
    habit_dismissed: re.Pattern[str]
    medical_over: re.Pattern[str]
    suicide_over: re.Pattern[str]
    thought_recurrence: re.Pattern[str]
    double_negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    topic_only: re.Pattern[str]
    distant_past: re.Pattern[str]
    told_as_past: re.Pattern[str]
    past_tense: re.Pattern[str]
    turn_to_now: re.Pattern[str]
    recurrence: re.Pattern[str]
    child: re.Pattern[str]


@functools.cache
def compiled_rules() -> _Rules:
    """The lexicon's patterns, compiled at the first message (or by a server's warm-up),
    not when this module is imported."""
    return _Rules(
        cues={flag: tuple(_compile(cue) for cue in cues) for flag, cues in lexicon.CUES.items()},
        negation=re.compile(lexicon.NEGATION_AFTER),
        suicide_not_now=re.compile(lexicon.SUICIDE_NOT_NOW),
        message_taken_back=re.compile(lexicon.MESSAGE_TAKEN_BACK),
        habit_quoted=re.compile(lexicon.HABIT_QUOTED),
        habit_dismissed=re.compile(lexicon.HABIT_DISMISSED),
        medical_over=re.compile(lexicon.MEDICAL_OVER),
        suicide_over=re.compile(lexicon.SUICIDE_OVER),
        thought_recurrence=re.compile(lexicon.THOUGHT_RECURRENCE),
        double_negation=re.compile(lexicon.DOUBLE_NEGATION),
        hypothetical=re.compile(lexicon.HYPOTHETICAL_AFTER),
        topic_only=re.compile(lexicon.TOPIC_ONLY),
        distant_past=re.compile(lexicon.DISTANT_PAST),
        told_as_past=re.compile(lexicon.TOLD_AS_PAST_AFTER),
        past_tense=re.compile(lexicon.PAST_TENSE_AFTER),
        turn_to_now=re.compile(lexicon.TURN_TO_NOW),
        recurrence=re.compile(lexicon.RECURRENCE),
        child=re.compile(lexicon.CHILD),
    )


# Thoughts come back as a whole (「昔そう思った。最近また」); events come back in their sentence.
_THOUGHTS: Final[frozenset[str]] = frozenset({"suicide"})
_SENTENCE_END = re.compile(r"(?<=[。!?\n])")
_NEGATION_WINDOW = 16
_WHOLE_TEXT_LOOKAHEAD = "(?s)(?="
_PAST_WINDOW = 14
_PAST_TAIL = 3  # the cue's own last letters, for a cue that ends in the past (「逃げてきた」)


def crisis_view(text: str) -> str:
    """The text the patterns read: NFKC, lower case, no spaces, katakana as hiragana, 死
    typed aside (「タヒにたい」「氏にたい」) as 死."""
    return _death_spelled_aside().sub("死", katakana_to_hiragana(normalize(text)))


@functools.cache
def _death_spelled_aside() -> re.Pattern[str]:
    return re.compile(lexicon.DEATH_SPELLED_ASIDE)


def _sentences(view: str) -> Iterator[str]:
    for sentence in _SENTENCE_END.split(view):
        if sentence:
            yield sentence


def _denied(after: str) -> bool:
    window = after[:_NEGATION_WINDOW]
    rules = compiled_rules()
    return bool(rules.negation.search(window)) and not rules.double_negation.search(window)


def _long_past(sentence: str, start: int, after: str, recurred: bool) -> bool:
    rules = compiled_rules()
    if recurred or rules.recurrence.search(sentence):
        return False
    if rules.told_as_past.search(after):  # 「自殺未遂をしたのは私が小さい頃で」
        return True
    before = sentence[:start]
    long_ago = rules.distant_past.search(before)
    if long_ago is None or rules.turn_to_now.search(before[long_ago.end() :]):
        return False
    # Told in the past tense just after, or by the cue's own last words (「逃げてきた」).
    told = sentence[start : len(sentence) - len(after)][-_PAST_TAIL:] + after[:_PAST_WINDOW]
    return bool(rules.past_tense.search(told))


def _cue_stands(sentence: str, match: re.Match[str], recurred: bool) -> bool:
    after = sentence[match.end() :]
    rules = compiled_rules()
    if _denied(after) or rules.hypothetical.search(after):
        return False
    if rules.topic_only.search(sentence):
        return False
    return not _long_past(sentence, match.start(), after, recurred)


def _needs_met(needs: re.Pattern[str], view: str) -> bool:
    """A `needs` made only of lookaheads over the whole text (「(?s)(?=.*A)(?=.*B)」) is
    tried once, at the start: what it finds from any later place it finds from there. A
    search would try it at every place — quadratic, seconds for a message of 5,000
    characters."""
    if needs.pattern.startswith(_WHOLE_TEXT_LOOKAHEAD):
        return needs.match(view) is not None
    return needs.search(view) is not None


def _cue_found(cue: _CompiledCue, view: str, sentences: list[str], recurred: bool) -> bool:
    if cue.needs is not None and not _needs_met(cue.needs, view):
        return False
    return any(
        _cue_stands(sentence, match, recurred)
        for sentence in sentences
        if cue.unless is None or not cue.unless.search(sentence)
        for match in cue.pattern.finditer(sentence)
    )


def _flag_found(flag: str, view: str, sentences: list[str], recurred: bool) -> bool:
    rules = compiled_rules()
    if flag == "medical_emergency" and rules.medical_over.match(view):
        return False  # yesterday's fall, fine now
    if flag == "suicide" and rules.suicide_over.match(view):
        return False  # an attempt years ago, settled now
    # A message quoted and taken back (「昨日『夫に殺される』って送ったけど、大げさに言うた
    # だけで」), whatever its flag.
    sentences = [s for s in sentences if not rules.message_taken_back.search(s)]
    if flag == "suicide":  # a message taken back, words about a trifle, a habit not meant
        sentences = [s for s in sentences if not rules.suicide_not_now.search(s)]
        if rules.habit_dismissed.search(view):
            sentences = [_without_habit(s) for s in sentences]
    return any(_cue_found(cue, view, sentences, recurred) for cue in rules.cues[flag])


def _without_habit(sentence: str) -> str:
    """The sentence with a habit's quoted words blanked out (their length kept)."""
    return compiled_rules().habit_quoted.sub(lambda m: "・" * len(m.group(0)), sentence)


def detect_crisis(text: str) -> tuple[str, ...]:
    """Crisis flags found in `text`, in the order of `CRISIS_FLAGS`."""
    found = set(detect_in_japanese(text)) | detect_in_languages(text)
    kana = as_kana(text)  # 「shinitai」 typed without a Japanese keyboard
    if kana is not None:
        found |= set(detect_in_japanese(kana))
    return tuple(flag for flag in CRISIS_FLAGS if flag in found)


# A message this short may be one bubble of a sentence sent in pieces.
BUBBLE_MAX_LETTERS: Final = 30


def raised_across(earlier: Sequence[str], text: str) -> tuple[str, ...]:
    """Flags that only the person's last short messages read together raise: 「もう」
    「生きて」「いたくない」 sent one by one, as people type on LINE. `earlier` are their
    messages just before this one, oldest first; only the run of short ones that ends
    with this message is read, and a flag any of them raised alone is not raised again."""
    if len(normalize(text)) > BUBBLE_MAX_LETTERS:
        return ()
    run: list[str] = []
    for bubble in reversed(earlier):
        if len(normalize(bubble)) > BUBBLE_MAX_LETTERS:
            break
        run.insert(0, bubble)
    if not run:
        return ()
    alone = {flag for bubble in (*run, text) for flag in detect_crisis(bubble)}
    return tuple(flag for flag in detect_crisis("\n".join((*run, text))) if flag not in alone)


def detect_in_japanese(text: str) -> tuple[str, ...]:
    """The flags the Japanese lexicon alone finds in `text`."""
    view = crisis_view(text)
    sentences = list(_sentences(view))
    rules = compiled_rules()
    recurred = bool(rules.thought_recurrence.search(view))
    found = {
        flag
        for flag in CRISIS_FLAGS
        if _flag_found(flag, view, sentences, recurred and flag in _THOUGHTS)
    }
    if "suicide" in found and _killing_along().search(_QUOTED.sub("", view)):
        # the other's life too: a child's is child_danger (189), an adult's violence (110)
        found.add("child_danger" if rules.child.search(view) else "violence")
    if "violence" in found and rules.child.search(view):
        found.add("child_danger")
    return tuple(flag for flag in CRISIS_FLAGS if flag in found)


def calls_for_help(text: str) -> bool:
    """「助けて」「もう限界です」: a call for help not taken back (「さっきの『たすけて』は
    孫のいたずらです」). Never a wish to stop; the bot asks whether it is a danger now."""
    view = crisis_view(text)
    taken_back = compiled_rules().suicide_not_now.search(view) is not None
    return _call_for_help().search(view) is not None and not taken_back


def fears_violence(text: str) -> bool:
    """「夫はお酒を飲むと暴れて怖いです」: someone's violence and the writer's fear of it."""
    return _all_said(text, _fear_of_violence())


def child_alone_with_nobody(text: str) -> bool:
    """「こどもが いえに ひとり。だれも いない」: a child alone, nobody there — asked about."""
    return _all_said(text, _child_alone_with_nobody())


def _all_said(text: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Every pattern found in `text` (the engines give Latin letters as hiragana:
    `nlu.romaji.read_as_japanese`)."""
    view = crisis_view(text)
    return all(pattern.search(view) for pattern in patterns)


@functools.cache
def _fear_of_violence() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(part) for part in lexicon.FEAR_OF_VIOLENCE)


@functools.cache
def _child_alone_with_nobody() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(part) for part in lexicon.CHILD_ALONE_WITH_NOBODY)


@functools.cache
def _call_for_help() -> re.Pattern[str]:
    return re.compile(lexicon.CALL_FOR_HELP, re.IGNORECASE)


_QUOTED = re.compile(r"[「『][^」』]*[」』]")
# Where one thought ends and the next begins (「…と言うけど、死にたい」).
_CLAUSES = re.compile(r"[。!?\n]|(けど|けれど|でも|しかし|だけど)、?")


def takes_others_along(text: str) -> bool:
    """「主人と一緒に死のうかと思う」: the writer's wish puts another life at risk too
    (not words quoted from someone else: 「彼が『一緒に死のう』ってLINEしてくる」)."""
    return _taking_others().search(_QUOTED.sub("", crisis_view(text))) is not None


# 「母を手にかけてしまいそうで怖い」「子どもを叩いてしまいそう」: the writer fears they may
# harm someone (a carer at the limit), not a danger done to them.
_MAY_HARM: Final = re.compile(
    r"(?:手にかけて|手をかけて|手を上げて|手をあげて|殺して|ころして|叩いて|たたいて|殴って|なぐって"
    r"|首を絞めて|首をしめて|傷つけて|きずつけて)"
    r"(?:しまいそう|しまうかも|しまうのでは|しまいかねない|しまわないか|しまいたくなる)"
    r"|(?:首を絞め|首をしめ|手を上げ|手をあげ|叩き|たたき|殴り|なぐり)そうに(?:なる|なった|なり)"
)


def fears_harming_another(text: str) -> bool:
    """「母を手にかけてしまいそうで怖い」: the writer fears they may harm someone in
    their care (a carer at the limit), rather than being in danger from someone."""
    return _MAY_HARM.search(_QUOTED.sub("", crisis_view(text))) is not None


# 「夫が怒ると物を投げてくるので」「殴ってきた」: violence done toward the writer (〜てくる),
# or to them by name (「私を叩く」).
_DONE_TO_THE_WRITER: Final = re.compile(
    r"((投|な)げ|(殴|なぐ)っ|(叩|たた)い|(蹴|け)っ|(怒鳴|どな)っ|(押|お)し|(掴|つか)ん|(絞|し)め|(脅|おど)し)"
    r"(て|で)(くる|きた|きて|きます|きよる|きおる|こられ)"
    r"|(私|わたし|あたし|うち|僕|ぼく|俺|おれ)(に|を)(向|む)?.{0,6}((殴|なぐ)|(叩|たた)|(蹴|け)|(投|な)げ)"
    # 「…なぐる。いえにかえりたくない」: a child who will not go home is the one hurt there.
    r"|(家|いえ|うち)に?(帰|かえ)り(たく|と|とう)(ない|ねえ|ねー)"
    # 「夫がまた今夜も暴れそうで怖い」: a partner's violence the writer fears.
    r"|(夫|おっと|主人|旦那|だんな|彼氏|かれし|妻|嫁|元夫|元彼|元旦那|ぱーとなー)(が|は)[^。]{0,24}(怖|こわ)"
)


# Sounds of harm heard from next door (「隣の部屋から悲鳴と殴る音がする」): the writer is a
# neighbour, the danger another's.
_HEARD_NEXT_DOOR: Final = re.compile(
    r"(隣|となり|近所|きんじょ|上の階|下の階|向かい|むかい)[^。]{0,30}"
    r"(音|おと|声|こえ|悲鳴|ひめい|泣き|なき|叫|さけ|怒鳴|どな)"
)


def heard_next_door(text: str) -> bool:
    """「隣の家の子供がずっと泣き叫んでて、叩く音がする」: danger overheard by a neighbour."""
    return _HEARD_NEXT_DOOR.search(crisis_view(text)) is not None


def done_to_the_writer(text: str) -> bool:
    """「夫が怒ると物を投げてくるので、ちょっと怖いです」: the violence is toward the writer,
    though another person is its subject."""
    return _DONE_TO_THE_WRITER.search(crisis_view(text)) is not None


def spoken_of_another(text: str) -> bool:
    """「本人が『もう死にたい』と言っています」: the danger is another person's, told by a
    relative, a neighbour or a 民生委員. Never when the writer speaks of themselves
    (「私」, or a wish of their own beside another's words: 「夫が『お前が死ねばいい』と言う。
    本当に死にたい」), nor of someone who has died (「息子が首を吊って亡くなりました」:
    there is no one to call with)."""
    view = crisis_view(text)
    if _of_self(view) or re.search(lexicon.DEATH_TOLD, view):
        return False
    return _spoken_of_another().search(view) is not None


def others_wish_too(text: str) -> bool:
    """「娘が死にたいと言っていて、私も死にたい」: another's wish to die told beside the
    writer's own (not another's insult: 「夫が『お前が死ねばいい』と言う。本当に死にたい」,
    nor a death told)."""
    view = crisis_view(text)
    if re.search(lexicon.DEATH_TOLD, view):
        return False
    another = own = False
    for clause in _CLAUSES.split(view):
        if not clause:
            continue
        told = [m.end() for m in _spoken_of_another().finditer(clause)]
        # What comes after the last words told of another is the writer's own (「息子が
        # 死にたいと言って部屋にこもっている」 has no wish of the writer's in it).
        reported, theirs = (clause[: told[-1]], clause[told[-1] :]) if told else ("", clause)
        another = another or "suicide" in detect_in_japanese(reported)
        own = own or "suicide" in detect_in_japanese(theirs)
    return another and own


def names_self(text: str) -> bool:
    """「私」「自分」「わし」… as the one who speaks, not as an owner (「私の母」), nor inside
    another's words the writer quotes (母が「私なんか死んだほうがいい」と言う)."""
    return re.search(lexicon.FIRST_PERSON, _QUOTED.sub("", crisis_view(text))) is not None


def _of_self(view: str) -> bool:
    if re.search(lexicon.FIRST_PERSON, _QUOTED.sub("", view)):
        return True
    return any(_own_wish(clause) for clause in _CLAUSES.split(_QUOTED.sub("", view)) if clause)


def _own_wish(clause: str) -> bool:
    """A clause, its quotations left out, that wishes death and names no one else."""
    return "suicide" in detect_in_japanese(clause) and _spoken_of_another().search(clause) is None


@functools.cache
def _killing_along() -> re.Pattern[str]:
    return re.compile(lexicon.KILLING_ALONG)


@functools.cache
def _taking_others() -> re.Pattern[str]:
    return re.compile(lexicon.TAKING_OTHERS)


@functools.cache
def _spoken_of_another() -> re.Pattern[str]:
    return re.compile(lexicon.SPOKEN_OF_ANOTHER)
