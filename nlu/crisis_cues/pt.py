"""Crisis words in Português (pt): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it."""

from __future__ import annotations

from typing import Final

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\btomei (todos os|todas as|muitos|muitas|um monte de) (meus |minhas )?(remedios"
        r"|comprimidos|pilulas)\b",
        r"\bcortei (os )?(meus )?pulsos\b",
        r"\bquero morrer\b",
        r"\b(vou|quero) me matar\b",
        r"\bsuicid",
        r"\b(tirar|acabar com) (a )?minha (propria )?vida\b",
        r"\bnao quero mais viver\b",
        r"\bsem (motivo|razao) para viver\b",
    ),
    "violence": (
        r"\bme (bate|bateu|agride|agrediu|espanca|espancou|enforca)\b",
        r"\bviolencia domestica\b",
        r"\bameac(a|ou) (de )?me matar\b",
        r"\bvai me matar\b",
        # happening now: 「está me batendo agora」「estou apanhando do meu marido」
        r"\b(esta|ta) me (batendo|agredindo|espancando|enforcando|machucando)\b"
        r"(?! (uma |a )?(saudade|vontade|fome|sono|tristeza|preguica))",
        r"\b(estou|to) (apanhando|sendo agredid[oa]|sendo espancad[oa])\b",
    ),
    "child_danger": (
        r"\b(bate|bateu|espanca|espancou|machuca) (no|na|nos|nas|o|a) "
        r"(meu |minha |nosso |nossa )?(filho|filha|filhos|crianca|criancas|bebe)\b",
        r"\bmaus[- ]tratos\b",
        r"\b(esta|ta) (batendo|agredindo|espancando|machucando) (no|na|nos|nas|o|a|em) "
        r"(meu |minha |nosso |nossa )?(filho|filha|filhos|crianca|criancas|bebe|neto|neta)\b",
        r"\b(esta|ta) (machucando|batendo em|agredindo) (minha|meu) (filha|filho)\b",
        r"\babuso infantil\b",
        r"\bcrianca (esta )?em perigo\b",
        r"\b(filho|filha|filhos|filhas|criancas|bebe|neto|neta) (esta|estao|ta|tao) em perigo\b",
        r"\b(bebe|nene|filho|filha|crianca) (nao|ja nao) (esta |ta )?respira(r|ndo)?\b",
    ),
    "medical_emergency": (
        r"\bnao (esta |ta |consegue )?respira(r|ndo)?\b",
        r"\b(parou|parado) de respirar\b",
        r"\bdesmai(ou|ado|ada)\b",
        r"\binconsciente\b",
        r"\binfarto\b",
        r"\bderrame\b",
        r"\bsangrando muito\b",
        r"\bconvuls",
    ),
}
NOT_BEFORE: Final[str] = r"\b(nao|nunca)\s*$"
