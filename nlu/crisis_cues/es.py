"""Crisis words in Español (es): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it."""

from __future__ import annotations

from typing import Final

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\bsuicidar(me|se|te)?\b",
        r"\bme tome (todas las|todos los|muchas|muchos) (pastillas|pildoras|medicinas"
        r"|medicamentos)\b",
        r"\bme corte las venas\b",
        r"\b(me |se )?(quiero|quiere|quisiera|deseo|desea) morir(me|se)?\b(?! de (la |"
        r"el )?(verguenza|risa|pena|envidia|calor|frio|hambre|sueno|miedo|amor|ganas))",
        r"\b(tengo |tiene )?ganas de morir(me|se)?\b(?! de (la |el )?(verguenza|risa|pena|calor|"
        r"frio|hambre|sueno))",
        r"\b(me (voy a|quiero|quisiera|pienso)|se (va a|quiere|quiso|intento|piensa)) (matar|"
        r"quitar la vida)\b",
        r"\b((voy a|quiero|quisiera|pienso|pensando en|ganas de) (matarme|quitarme la vida)|(va a|"
        r"quiere|quiso|intento|piensa|ganas de) (matarse|quitarse la vida))\b",
        r"\bsuicid(io|ios|arme|arse|a|as)\b",
        r"\b(acabar|terminar) con (mi|su) (propia )?vida\b",
        r"\bno (quiero|quiere) (seguir )?(vivir|viviendo|estar viv[oa])\b(?! (en|con|aqui|ahi|"
        r"alli|alla|cerca|lejos|junt[oa]s?|de nuevo)\b)",
        r"\b(no (tengo|tiene|hay|encuentro) (razon|razones|motivo|motivos|sentido) (para|"
        r"de) (seguir )?vivir|no vale la pena (seguir )?vivir)\b",
        r"\b((estaria|estariamos) mejor muert[oa]s?|ojala (me )?(muera|muriera|"
        r"estuviera muert[oa]))\b",
        r"\b(ahorcarme|ahorcarse|pegarme un tiro|me pego un tiro|tirarme (a|al|del|de|desde) (un |"
        r"una |el |la )?(tren|puente|edificio|balcon|azotea|ventana|vias?))\b",
    ),
    "violence": (
        r"(?<!se )(?<!sol )(?<!calor )\bme (pega|pego|pegaba|pegan|golpea|golpeo|golpeaba|golpean|"
        r"patea|pateo|pateaba|ahorca|ahorco|estrangula|estrangulo|maltrata|maltrataba|agrede|"
        r"agredio|agredia)\b(?! (un |una |el |la )?(resfriado|gripe|catarro|covid|virus|sol|calor|"
        r"susto))",
        r"\bme ha (pegado|golpeado|pateado|ahorcado|estrangulado|maltratado|agredido)\b",
        r"\b(mi|su) (esposo|marido|pareja|novio|novia|ex|esposa|yerno|nuera) (la|lo|le|las|los|"
        r"les|me|nos) (pega|pego|pegaba|golpea|golpeo|golpeaba|patea|pateo|maltrata|maltrataba|"
        r"agrede|agredio|amenaza)\b",
        r"\bviolencia (domestica|familiar|intrafamiliar|de genero)\b",
        # happening now: 「me está golpeando ahora」
        r"\b(me|nos) (esta|estan) (pegando|golpeando|pateando|ahorcando|estrangulando|"
        r"maltratando|agrediendo|lastimando)\b",
        r"\bamenaz(a|o|an|aron|ando) (con |de )?(matarme|matarnos|muerte)\b",
        r"\b(me|nos) (va|van|quiere|quieren|quiso|intento|intentaron) (a )?matar\b",
        r"\b(va|van|quiere|quieren|quiso|intento|intentaron) (a )?matar(me|nos)\b",
        r"\btengo miedo (de|a) mi (esposo|marido|pareja|novio|esposa|ex)\b",
    ),
    "child_danger": (
        r"\b(pega|pego|pegaba|golpea|golpeo|golpeaba|patea|pateo|maltrata|maltrataba|quema|"
        r"quemo) (a )?(mi|mis|el|la|los|las|nuestro|nuestra|nuestros|nuestras|su|sus) (hij[oa]s?|"
        r"nin[oa]s?|bebes?|nen[ea]s?|criaturas?)\b",
        r"\ba (mi|mis|nuestro|nuestra|nuestros|nuestras|su|sus|los|las) (hij[oa]s?|nin[oa]s?|"
        r"bebes?|nen[ea]s?|criaturas?) (le|les|lo|la|los|las) (pega|pego|pegaba|golpea|golpeo|"
        r"golpeaba|patea|pateo|maltrata|maltrataba|quema|quemo)\b",
        r"\b(abusa|abuso|abusaba|abusando) (sexualmente )?de (mi|mis|nuestro|nuestra|la|el|los|"
        r"las) (hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?)\b",
        r"\b(maltrato|abuso) infantil\b",
        r"\b(esta|estan) (pegando|golpeando|pateando|maltratando|lastimando) (a )?(mi|mis|el|la|"
        r"los|las|nuestro|nuestra|su|sus) (hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?)\b",
        r"\b(hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?) (esta|estan|corre|"
        r"corren) (en )?peligro\b",
        r"\bdej(a|o|an|aron) (solo|sola|solos|solas) (al|a la|a los|a las|a mi|a mis) (hij[oa]s?|"
        r"nin[oa]s?|bebes?|nen[ea]s?|criaturas?)\b",
    ),
    "medical_emergency": (
        r"\bno (puede |puedo |podia |esta |estaba )?respira(r|ndo|ba)?\b",
        r"\b(dejo|ha dejado|dejaron) de respirar\b",
        r"\b(le|me) (cuesta|costaba) (mucho )?respirar\b",
        r"\b(le|me) falta (el )?aire\b",
        r"\bdesmay(o|ada|ado|ando)\b",
        r"\binconsciente\b",
        r"\bperdi(o|do|da) (el )?(conocimiento|conciencia|sentido)\b",
        r"\b(infarto|ataque (al|de) corazon|ataque cardiaco)\b",
        r"\b(derrame|embolia|ictus)( cerebral)?\b",
        r"\b(sangr(a|ando|o) (mucho|muchisimo|demasiado|sin parar)|mucha sangre|no (para|"
        r"deja) de sangrar)\b",
        r"\b(convulsi(on|ones|ona|onando)|ataque epileptico|no reacciona)\b",
    ),
}
NOT_BEFORE: Final[str] = r"\b(no|nunca|jamas|tampoco|ni)\s*$"
