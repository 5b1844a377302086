"""Crisis words in Español (es): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it; `OVER`, a sentence that tells the
danger as long past and over.

Written as Latin Americans in Japan type on a phone: 「q」「k」「xq」「pq」「tb」「toy」 for
estoy, 「pa」 for para, Mexican and Peruvian words (「madrazo」「depa」「ahorita」), and
Japanese words (「danchi」「apato」「hancho」)."""

from __future__ import annotations

from typing import Final

from nlu.crisis_cues import pt
from nlu.crisis_cues.shapes import all_of

# A sign told as lasting, not sudden: 「desde el derrame」「por la tendinitis」.
_LASTING: Final = (
    r"(?![^.!?\n]{0,50}\b(?:por (?:la|el|culpa|su)|desde|hace (?:tiempo|anos|meses)|tendinitis|"
    r"artritis|artrosis|reuma|hombro|secuelas?|nacio)\b)"
)
# A child; 「bebe」 only with a word before it (「el bebe」, but 「mi esposo bebe」 drinks).
_KIN: Final = (
    r"(?:hij[oa]s?|nin[oa]s?|nen[ea]s?|bebit[oa]s?|criaturas?|chamac[oa]s?|chiquit[oa]s?|"
    r"niet[oa]s?|sobrin[oa]s?|hijastr[oa]s?|hermanit[oa]s?|escuincles?|guaguas?|(?:el|la|los|mi|"
    r"mis|su|sus|nuestro|nuestra|un|una|al|del|este|esta) bebes?)"
)
# A grown-up a child may be in danger with.
_PERPETRATOR: Final = (
    r"(?:padrastro|madrastra|tio|abuelo|primo|papa|papi|padre|hermano|novio de (?:mi )?(?:mama|"
    r"mami)|esposo de (?:mi )?(?:mama|mami)|profe|profesor|maestro|entrenador|vecino)"
)
# A place to jump from, and words of an ending said there.
_HIGH_PLACE: Final = (
    r"(?:puente|anden|plataforma|vias(?: del tren)?|azotea|techo|tejado|terraza|cornisa|barandal|"
    r"acantilado|balcon|okujo|edificio|ventana|ultimo piso|piso \d+)"
)
_ON_A_HIGH_PLACE: Final = (
    r"\b(?:estoy|toy|ando|estamos|esta|me subi|subi|subio|parad[oa]|sentad[oa]) (?:aqui |aca |"
    r"arriba |parad[oa] |sentad[oa] )?(?:en|sobre|arriba de|encima de|al borde de|en el borde de|"
    r"en la orilla de|arriba del|encima del|al borde del|en el borde del|en la orilla del) (?:el |"
    rf"la |las |los |un |una |del )?(?:\w+ )?{_HIGH_PLACE}\b"
)
# 「saltar el desayuno」 is skipping a meal, not a jump.
_NOT_SKIPPING: Final = (
    r"(?! (?:el|la|los|las|un|una|esa|ese|esta|este|parte|desayuno|almuerzo|comida|cena)\b)"
)
_ENDING: Final = (
    rf"\b(?:saltar{_NOT_SKIPPING}|brincar|tirarme|aventarme|lanzarme|adios|ultima vez que|"
    r"ultimo mensaje|acabar con todo|acabar con esto|se acabo|perdon(?:en)? por todo|perdonenme|"
    r"despedirme|nadie me va a extranar|no aguanto mas|ya no puedo mas)\b"
)
# Someone out of reach: no answer, a phone off.
_UNREACHABLE: Final = (
    r"\b(?:no (?:contesta|responde|lo encontramos|la encontramos|me contesta|sabemos donde)|"
    r"(?:apago|apagado) (?:el |su )?celular|celular apagado|desaparecio|nadie sabe donde|"
    r"nadie (?:puede|ha podido|logra) (?:hablar|contactar|localizar|encontrar)|no (?:podemos|"
    r"hemos podido|logramos) (?:hablar|contactar|localizar|encontrar))\b"
)
_SWALLOWED_THINGS: Final = (
    r"(?:pilas?|baterias?|boton|monedas?|iman(?:es)?|cloro|lejia|detergentes?|jabon|suavizante|"
    r"veneno|insecticida|raticida|matarratas|limpiador|destapacanos|soda caustica|gasolina|"
    r"cigarros?|colillas?|tabaco)"
)
_SWALLOWED: Final = r"(?:se trago|trago|se tomo|bebio|se bebio|se comio|comio|ingirio|se metio)"
# Fear, a weapon, a threat: what turns a man at the door into a danger.
_FEAR: Final = (
    r"\b(?:miedo|auxilio|socorro|cuchillos?|navajas?|machete|armas?|pistolas?|bates?|amenaz\w*|"
    r"borrach[oa]s?|drogad[oa]s?|escondid[oa]s?|me escondi|me encerre|nos encerramos|gritando|"
    r"matarme|pegarme|golpearme)\b"
)
_AT_THE_DOOR: Final = (
    r"\b(?:(?:esta|estan|se quedo|sigue|siguen) (?:esperando(?:me)? )?(?:alla |aqui |"
    r"aca )?(?:afuera|abajo|en (?:la|mi|nuestra) puerta|frente a (?:la|mi) \w+|en la entrada|"
    r"en la salida)|esperandome (?:alla |aqui |aca )?(?:afuera|abajo|en la puerta|en la salida|"
    r"enfrente)|esperando (?:alla |aqui |aca )?afuera)\b"
)
_AT_THE_HANDLE: Final = (
    r"\b(?:intentando|tratando de|trata de|quiere|quieren|intento|trato de) (?:abrir|forzar|romper|"
    r"tumbar|tirar) (?:la )?(?:puerta|cerradura|chapa|manija|perilla|ventana)\b|\b(?:moviendo|"
    r"mueve|movio|girando|gira|jalando|jala) (?:la )?(?:manija|perilla|chapa|cerradura)\b|"
    r"\b(?:golpeando|pateando|aporreando|tumbando) (?:la )?puerta\b"
)
_BODY: Final = (
    r"(?:piernas?|brazos?|dedos?|cara|costillas?|cabeza|dientes|cuello|manos?|rodillas?|huesos|"
    r"madre|madres)"
)
_LOAN_SHARK: Final = r"\b(?:prestamistas?|usurer[oa]s?|yamikin|yami kin|gota a gota|yakuza)\b"
_HURT_WORDS: Final = (
    r"\b(?:matar\w*|romper\w*|quebrar\w*|pegar\w*|golpear\w*|lastimar\w*|quemar|amenaz\w*|"
    r"desaparecer\w*|hacer(?:le|les)? algo a (?:mis|mi))\b"
)
_NEXT_DOOR: Final = (
    r"\b(?:vecin[oa]s?|(?:departamento|depa|apato|cuarto|casa|cuarto) de al lado|al lado|pared)\b"
)
_BLOWS_HEARD: Final = (
    r"\b(?:golpeando|(?:le|la|lo) (?:esta|estan) (?:pegando|golpeando|matando)|gritos de (?:dolor|"
    r"auxilio|socorro|desesperacion)|cachetadas|se escucha como (?:le|la|lo) (?:pegan|golpean)|"
    r"madrazos|trancazos|gritos y (?:un |el |una |la )?(?:bebe|nin[oa]) llorando)\b"
)
# Crashes heard with screams: a fight, not a neighbour's noise.
_CRASHES: Final = (
    r"\b(?:golpes|vidrios rotos|cosas (?:rompiendose|cayendo|quebrandose|volando)|"
    r"ruido de (?:vidrios?|cosas|pelea))\b"
)
_SCREAMS: Final = r"\b(?:grit\w*|llor\w*|auxilio|socorro)\b"
_HEARD: Final = (
    rf"(?:{_BLOWS_HEARD}|{_CRASHES}[^.!?\n]{{0,60}}{_SCREAMS}|{_SCREAMS}[^.!?\n]{{0,60}}{_CRASHES})"
)
# Who may be taken at their word when they say they will kill (not 「mi jefe」「mi mama」).
_THREATENER: Final = (
    r"(?:esposo|marido|pareja|novio|ex|exesposo|exnovio|alguien|hombre|tipo|tipos|prestamistas?|"
    r"cobrador(?:es)?|yakuza|padrastro|cunado|(?:dijo|dice|diciendo|grito|gritando|juro|escribio|"
    r"amenazo) (?:que|q|k)|amenaz\w*)"
)
# Words that are a figure when they come just before 「me va a matar」.
_NOT_A_KILLER: Final = (
    r"(?<!calor )(?<!frio )(?<!dolor )(?<!trabajo )(?<!jefe )(?<!jefa )(?<!mama )(?<!madre "
    r")(?<!papa )(?<!sensei )(?<!profe )(?<!profesor )(?<!profesora )(?<!maestra )(?<!hancho "
    r")(?<!shacho )(?<!tencho )(?<!patron )(?<!gerente )(?<!suegra )(?<!esto )(?<!examen )"
)
_TRIFLE_AFTER: Final = (
    r"(?! (?:si (?:llego|me atraso|no (?:llego|termino|entrego|limpio|paso)|(?:se )?entera|"
    r"(?:me )?ve|pierdo|olvido|rompo|gasto)|cuando (?:vea|sepa|se entere|llegue)|de (?:risa|"
    r"verguenza|susto|coraje|aburrimiento|hambre|tanto|trabajo|trabajar|estudiar)))"
)

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\bsuicidar(?:me|se|te)?\b",
        r"\b(?:me|se) (?:tome|tomo|trague|trago)\b (?:todas las|todos los|muchas|muchos|"
        r"un monton de|una caja de|un frasco de|un bote de|una tira de|la caja de|el frasco de|"
        r"el bote de|toda la caja de|toda la tira de|un punado de|varias|chingos de)\s?(?:mis |"
        r"sus )?(?:pastillas|pildoras|medicinas|medicamentos|calmantes|somniferos|pastis|"
        r"antidepresivos)\b(?! (?:del dia|de hoy|de la manana|de la noche|a tiempo|como me dijo))",
        r"\b(?:(?:voy a|va a|quiero|quiere|pienso|piensa) (?:tomarme|tomarse|tragarme|tragarse)|"
        r"(?:me|se) (?:voy a|va a|quiero|quiere) (?:tomar|tragar)) (?:todas (?:mis |sus |las )?|"
        r"todos (?:mis |sus |los )?|la caja de |el frasco de )(?:pastillas|pildoras|medicinas|"
        r"medicamentos|calmantes|somniferos)\b",
        r"\b(?:tuve|tuvo|me di|se dio|me hice) una sobredosis\b",
        r"\bme corte las venas\b",
        # self-harm as a habit: 「me estoy cortando otra vez」「volvi a cortarme」
        r"\b(?:(?:volvi|volvio|empece|empezo) a (?:cortarme|cortarse|lastimarme|lastimarse|"
        r"hacerme dano|hacerse dano)|(?:me|se) (?:volvi|volvio) a cortar|(?:me|se) (?:corte|corto|"
        r"cortaba|esta cortando|estoy cortando|sigue cortando|sigo cortando) (?:otra vez|de nuevo|"
        r"las venas|las munecas|los brazos|las piernas|a escondidas)|(?:estoy|esta|sigo|sigue|ando|"
        r"anda) (?:cortandome|cortandose)(?! (?:el|las|los|la) (?:pelo|cabello|unas|barba|fleco|"
        r"flequillo|pan))|me autolesiono|me estoy autolesionando)\b",
        r"\b(?:me |se )?(?:quiero|kiero|quiere|quisiera|deseo|desea) morir(?:me|"
        r"se)?\b(?! de (?:la |el )?(?:verguenza|risa|pena|envidia|calor|frio|hambre|sueno|miedo|"
        r"amor|ganas))",
        r"\b(?:tengo |tiene )?ganas de morir(?:me|se)?\b(?! de (?:la |el )?(?:verguenza|risa|pena|"
        r"calor|frio|hambre|sueno))",
        r"\b(?:me (?:voy a|quiero|quisiera|pienso)|se (?:va a|iba a|quiere|quiso|intento|"
        r"piensa)) (?:matar|quitar la vida|ahorcar)\b(?! (?:estudiando|trabajando|a (?:estudiar|"
        r"trabajar)|de (?:risa|hambre|trabajo|estudiar)))",
        r"\b(?:(?:voy a|quiero|quisiera|pienso|pensando en|ganas de|como|forma de|manera de|"
        r"intente|trate de) (?:matarme|quitarme la vida|ahorcarme)|(?:va a|quiere|quiso|intento|"
        r"piensa|ganas de|trato de) (?:matarse|quitarse la vida|ahorcarse))\b(?! (?:estudiando|"
        r"trabajando|a (?:estudiar|trabajar)|de (?:risa|hambre|trabajo|estudiar)))",
        r"\bsuicid(?:io|ios|arme|arse|a|as)\b",
        r"\b(?:acabar|terminar) con (?:mi|su) (?:propia )?vida\b",
        r"\bno (?:quiero|quiere) (?:seguir )?(?:vivir|viviendo|estar viv[oa])\b(?! (?:en|con|aqui|"
        r"ahi|alli|alla|cerca|lejos|junt[oa]s?|de nuevo)\b)",
        # what is the point: 「para que sigo viviendo」「la vida no tiene sentido」
        r"\b(?:no (?:tengo|tiene|hay|encuentro) (?:razon|razones|motivo|motivos|sentido) (?:para|"
        r"pa|de) (?:seguir )?vivir|(?:para|pa) que vivir|no vale la pena (?:seguir )?vivir|(?:para|"
        r"pa) que (?:sigo|seguir|quiero|voy a seguir) (?:vivir|viviendo)|(?:que|"
        r"cual es el) sentido (?:de|tiene) (?:vivir|seguir viviendo)|"
        r"la vida no tiene (?:ningun )?sentido|de que sirve (?:vivir|seguir viviendo)|"
        r"no (?:le )?(?:encuentro|veo) sentido a (?:la vida|vivir|seguir viviendo))\b",
        r"\b(?:(?:estaria|estariamos) mejor muert[oa]s?|ojala (?:me )?(?:muera|muriera|"
        r"estuviera muert[oa]))\b",
        # a wish not to be: 「dormir y no despertar」「ya no quiero existir」
        r"\b(?:dormir(?:me)? y no (?:volver a )?despertar|no despertar (?:nunca )?mas|"
        r"dormir(?:me)? para siempre|desaparecer para siempre|(?:no haber|nunca haber|no hubiera|"
        r"nunca hubiera) nacido|(?:ya )?no quiero (?:existir|seguir existiendo)|"
        r"no quiero despertar(?:me)? (?:nunca )?mas)\b",
        # everyone better off without me, but not 「mejor sin mi esposo」
        r"\b(?:carta|nota|mensaje|mensajes|video|audio) de (?:despedida|adios) (?:para|pa|"
        r"a) (?:mis |mi |toda mi )?(?:hij[oa]s|familia|mama|papa|padres|esposa|esposo|marido|todos|"
        r"ustedes)\b",
        r"\b(?:mejor|mejores|mas feliz|mas felices|en paz|tranquil[oa]s) sin mi\b(?! (?:esposo|"
        r"marido|pareja|novio|novia|ex|jefe|jefa|suegr[oa]|trabajo|familia|mama|papa|hermano|"
        r"hermana|celular|carro|auto|vicio)\b)",
        # ending it all, a wish not to exist: 「voy a acabar con todo」「mejor si no existiera」
        r"\b(?:voy a|quiero|ganas de|pensando en|pienso|decidi) (?:acabar|"
        r"terminar) con todo\b(?! (?:el|la|los|las|lo|esto|eso|que)\b)|\b(?:hoy|ahorita|"
        r"ahora) (?:yo )?(?:acabo|termino) con (?:todo|esto|mi vida)\b",
        r"\bmejor si (?:yo )?(?:no existiera|me muriera|desapareciera|no estuviera|"
        r"nunca hubiera nacido)\b|\b(?:me canse|cansad[oa]|hart[oa]) de (?:vivir|existir|"
        r"estar viv[oa])\b",
        r"\b(?:pastillas|soga|cuerda|carbon)\b[^.!?\n]{0,60}\b(?:acabo|acabar|termino|"
        r"terminar) con (?:esto|todo|mi vida)\b",
        r"\b(?:dijo|dice|escribio|cree|piensa|decia|diciendo) (?:que|q|"
        r"k) [^.!?\n]{0,40}\bmejor sin (?:el|ella)\b",
        # asking how: 「cuantas pastillas para morir」「que piso es suficiente」
        r"\b(?:cuantas|cuantos) (?:pastillas|pildoras|medicinas|cajas|"
        r"tabletas)\b[^.!?\n]{0,40}\b(?:morir|matarme|matarse|no despertar|sobredosis|mortal|"
        r"letal)\b",
        r"\b(?:que|cual|cuantos) (?:piso|pisos|altura)\b[^.!?\n]{0,40}\b(?:morir|suficiente\w*|"
        r"mortal|sobrevivir)\b|\bdosis (?:letal|mortal)\b",
        r"\b(?:forma|manera|modo|metodo)\b[^.!?\n]{0,20}\b(?:morir|matarme|suicidarme|"
        r"quitarme la vida)\b[^.!?\n]{0,25}\b(?:sin dolor|rapid[oa]|facil|indolor[oa]?|"
        r"segur[oa])\b",
        # on a high place, with an ending: 「estoy en el puente. perdonenme」
        rf"{_ON_A_HIGH_PLACE}[\s\S]{{0,80}}{_ENDING}",
        rf"{_ENDING}[\s\S]{{0,80}}{_ON_A_HIGH_PLACE}",
        r"\b(?:ahorcarme|ahorcarse|pegarme un tiro|me pego un tiro|(?:tirarme|aventarme|lanzarme|"
        r"arrojarme|tirarse|aventarse|lanzarse|arrojarse|me tiro|me aviento|me lanzo|(?:me|"
        r"se) (?:voy a|va a|quiero|quiere|pienso|piensa) (?:tirar|aventar|lanzar|arrojar)) (?:a|al|"
        r"del|de|desde|por) (?:un |una |el |la )?(?:tren|metro|puente|edificio|balcon|azotea|"
        r"ventana|vias?|techo|barranco|acantilado|piso \d+|ultimo piso))\b",
        # a goodbye, then no answer: 「mando un mensaje de despedida y no contesta」
        rf"\b(?:despedi\w*|adios|ultimo mensaje)\b[\s\S]{{0,120}}{_UNREACHABLE}",
        rf"{_UNREACHABLE}[\s\S]{{0,120}}\b(?:despedi\w*|adios|ultimo mensaje)\b",
        # giving things away: 「regale mis cosas, ya no las voy a necesitar」
        r"\b(?:regal\w+|repart\w+|done|dono|donando|dando|di|dio) (?![^.!?\n]{0,80}\b(?:bebe|"
        r"hij\w+|nin[oa]s?|mudanza|mudo|mudando|regreso|regresando|vuelvo|sayonara|bazar|venta|"
        r"donacion|quedan)\b)(?:todas )?(?:mis|sus|todas las|todos los) (?:\w+ )?(?:cosas|ropa|"
        r"pertenencias|objetos)\b[\s\S]{0,80}\b(?:ya no (?:las |los |la |lo )?(?:voy|"
        r"va) a necesitar|despedi\w*|adios|cuando (?:ya )?no (?:este|estare)|cuiden)",
        r"\bcuiden? (?:bien )?(?:a |de )?(?:mi|mis) (?:gat[oa]s?|perr[oa]s?|hij[oa]s?|mama|plantas|"
        r"mascotas?)\b[^.!?\n]{0,40}\b(?:por mi|cuando (?:ya )?no (?:este|estare)|adios|"
        r"para siempre)",
        r"\b(?:compre|compro|tengo|tiene|consegui|consiguio|prepare|preparo|amarre|amarro) (?:una |"
        r"la |esta )?(?:soga|cuerda|lazo)\b(?! (?:para|pa|de) (?:tender|la ropa|saltar|escalar|"
        r"guitarra|amarrar|la mudanza))|\b(?:soga|cuerda) (?:al|en el) cuello\b",
        r"\bcarbon\b[^.!?\n]{0,60}\b(?:cuarto|carro|auto|coche|"
        r"bano)\b[^.!?\n]{0,40}\b(?:cerrad[oa]|sellad[oa]|sellar|cinta|encerrad[oa])",
        # a farewell: 「adios… perdonenme」「gracias por todo, cuiden a mi mama」
        r"\b(?:adios|me despido|despidiendome|gracias por todo)\b[\s\S]{0,100}\b(?:perdonenme|"
        r"perdon por todo|no lloren|no esten tristes|no me busquen|cuiden (?:bien )?(?:a |"
        r"de )?(?:mi|mis|mama|papa|los ninos|las ninas))\b",
        r"\b(?:perdonenme|perdon por todo|no lloren|no me busquen)\b[\s\S]{0,100}\b(?:adios|"
        r"me despido)\b",
        r"\b(?:darle|dar|poner) (?:un )?fin a (?:mi|su) (?:propia )?vida\b",
        r"\b(?:voy a|quiero|pensando en|pienso en|ganas de|valor de|"
        rf"valor para) (?:saltar{_NOT_SKIPPING}|brincar|tirarme|aventarme|"
        rf"lanzarme)\b[\s\S]{{0,60}}\b(?:tren|{_HIGH_PLACE})\b",
        rf"\b(?:tren|{_HIGH_PLACE})\b[\s\S]{{0,60}}\b(?:voy a|quiero|pensando en|pienso en|"
        r"ganas de|valor de|valor para) (?:saltar|brincar|tirarme|aventarme|"
        rf"lanzarme)\b{_NOT_SKIPPING}",
        r"\bcarbon\b[^.!?\n]{0,80}\b(?:sellar|sellad[oa]|cinta|cerrad[oa] en|encerrad[oa] en)\b",
    ),
    "violence": (
        r"(?<!se )(?<!sol )(?<!calor )\bme (?:pega|pego|pegaba|pegan|golpea|golpeo|golpeaba|"
        r"golpean|patea|pateo|pateaba|ahorca|ahorco|estrangula|estrangulo|maltrata|maltrataba|"
        r"agrede|agredio|agredia)\b(?! (?:un |una |el |la )?(?:resfriado|gripe|catarro|covid|virus|"
        r"sol|calor|susto))",
        r"\bme ha (?:pegado|golpeado|pateado|ahorcado|estrangulado|maltratado|agredido)\b",
        r"(?<!bebe )\bme (?:dio|dieron|da|dan|daba) (?:una |un |unas |unos )?(?:cachetadas?|"
        r"bofetadas?|punetazos?|patadas?|golpizas?|palizas?|madrazos?|chingadazos?|putazos?|"
        r"trancazos?|cachetadones?|cachetazos?|manotazos?|golpes|punaladas?|navajazos?|"
        r"balazos?)\b(?! (?:en|de) (?:el |la )?(?:juego|videojuego|futbol|partido|ajedrez|carrera|"
        r"cartas))",
        r"\bme (?:empujo|empujaron|empuja|aventó|avento) (?:contra|al suelo|al piso|"
        r"por las escaleras|a la pared)\b",
        r"\b(?:(?:me )?(?:agarro|tomo|apreto|agarraron|jalo|sujeto) (?:del|por el) (?:cuello|pelo|"
        r"cabello|garganta)|(?:me )?(?:agarro|apreto|apretaron|apreta) (?:el cuello|"
        r"la garganta))\b",
        r"\b(?:mi|su) (?:esposo|marido|pareja|novio|novia|ex|esposa|yerno|nuera) (?:la|lo|le|las|"
        r"los|les|me|nos) (?:pega|pego|pegaba|golpea|golpeo|golpeaba|patea|pateo|maltrata|"
        r"maltrataba|agrede|agredio|amenaza)\b",
        r"\bviolencia (?:domestica|familiar|intrafamiliar|de genero)\b",
        # happening now: 「me está golpeando ahora」
        r"\b(?:me|nos) (?:esta|estan) (?:pegando|golpeando|pateando|ahorcando|estrangulando|"
        r"maltratando|agrediendo|lastimando)\b",
        r"\bamenaz(?:a|o|an|aron|ando) (?:con |de )?(?:matarme|matarnos|muerte|matar|golpearme|"
        r"pegarme|lastimarme|quemar|romperme)\b",
        # 「me va a matar」 from someone who can: not 「mi jefe me va a matar si llego tarde」
        rf"(?:\b(?:el|ella|ellos|ellas) |\b{_THREATENER}\b[^.!?\n]{{0,30}}){_NOT_A_KILLER}(?:(?:me|"
        r"nos|la|lo) (?:va|van|quiere|quieren|quiso|intento|intentaron|viene|"
        r"vienen) (?:a )?matar\b|(?:va|van|quiere|quieren|quiso|intento|intentaron|viene|"
        r"vienen)(?: (?:manana|hoy|ahorita|esta noche|al rato))? (?:a )?matar(?:me|nos|la|"
        rf"lo)\b){_TRIFLE_AFTER}",
        r"\b(?:la|lo|los|las) estan matando\b",
        r"\btengo miedo (?:de|a) mi (?:esposo|marido|pareja|novio|esposa|ex)\b",
        # who says he will end me: 「dijo que va a acabar conmigo」
        rf"(?:\b(?:el|ella|ellos) |\b{_THREATENER}\b[^.!?\n]{{0,50}})(?:va|van|viene|"
        r"vienen) a (?:acabar conmigo|acabar con nosotros|partirme la madre|romperme la madre|"
        r"darme una (?:paliza|golpiza)|matarnos a todos)\b",
        # a weapon in hand: 「me amenazo con un cuchillo」「esta con un cuchillo」
        r"\b(?:amenaz\w*|apunto|apuntando|se me vino encima|se me echo encima)(?: \w+)? con (?:un |"
        r"una |el |la )?(?:cuchillo|navaja|machete|pistola|arma|tijeras|fierro|bate)\b",
        r"\b(?:el|ella|esposo|marido|ex|novio|alguien|hombre|tipo|"
        r"borracho)\b[^.!?\n]{0,20}\b(?:esta|anda|llego|vino|entro|aparecio|trae|"
        r"tiene) (?:con )?(?:un |una )?(?:cuchillo|navaja|machete|pistola|arma)\b",
        # breaking in: 「un hombre tratando de entrar a mi cuarto」
        r"\b(?:alguien|hombre|tipo|extrano|el|ellos|ex|marido|borracho|"
        r"ladron)\b[^.!?\n]{0,30}\b(?:tratando de|trata de|intentando|intenta|intento|quiere|"
        r"queriendo|forzando para) (?:entrar|meterse) (?:a|en|al) (?:mi |nuestra |nuestro |la |"
        r"el )?(?:cuarto|casa|apato|departamento|depa|dormitorio|habitacion)\b",
        # a threat with a time: 「viene esta noche a terminar lo que empezo」
        r"\b(?:hoy|esta noche|en la noche|manana|ahorita|ahora|al rato|mas tarde|"
        r"en un rato)\b[^.!?\n]{0,40}\b(?:acabar conmigo|terminar conmigo|matarme|"
        r"terminar lo que empezo|arreglar cuentas|ajustar cuentas|darme una paliza|"
        r"darme una golpiza|partirme la madre|romperme la madre)\b",
        r"\b(?:acabar conmigo|terminar lo que empezo|arreglar cuentas|ajustar cuentas|"
        r"darme una (?:paliza|golpiza))\b[^.!?\n]{0,40}\b(?:hoy|esta noche|en la noche|manana|"
        r"ahorita|al rato|mas tarde)\b",
        # a threat on the body: 「me va a romper las piernas」
        r"\b(?:me|nos|te) (?:va|van|vienen|viene|iban|iba) a (?:romper|quebrar|partir|cortar|"
        rf"tronar) (?:las |los |la |el )?{_BODY}\b",
        rf"\b(?:romperme|quebrarme|partirme|cortarme|tronarme) (?:las |los |la |el )?{_BODY}\b",
        r"\bsi no (?:le |les )?(?:pago|pagamos|devuelvo|regreso|doy)\b[^.!?\n]{0,60}\b(?:me mata|"
        r"matarme|me matan|me va a (?:romper|quebrar|partir|pegar|golpear|matar)|"
        r"me van a (?:romper|quebrar|partir|pegar|golpear|matar)|lastimar a mis|"
        r"hacerle algo a mis)",
        # followed, someone at the door or at the handle
        r"\b(?:(?:me|nos) (?:esta|estan|viene|vienen|anda|andan|sigue|siguen) (?:siguiendo|"
        r"persiguiendo|vigilando)|me persigue|me siguio hasta)\b(?! (?:en|por) (?:insta\w*|ig|"
        r"face\w*|tiktok|twitter|redes|x)\b)",
        r"\b(?:alguien|el|ellos|ella|un hombre|un tipo|unos tipos|mi ex|mi esposo|mi marido|"
        rf"borracho|cobrador\w*)\b[^.!?\n]{{0,30}}{_AT_THE_HANDLE}",
        rf"(?:{_AT_THE_HANDLE})[\s\S]{{0,80}}{_FEAR}",
        rf"{_AT_THE_DOOR}[\s\S]{{0,80}}{_FEAR}",
        rf"{_FEAR}[\s\S]{{0,60}}{_AT_THE_DOOR}",
        rf"{_LOAN_SHARK}[^.!?\n]{{0,30}}{_AT_THE_DOOR}",
        # fled from home: 「me escape de la casa con mis hijos」
        r"\b(?:hui|huimos|me escape|nos escapamos|sali corriendo|salimos corriendo|me sali|"
        r"nos salimos) (?:de (?:la |mi )?casa|del (?:departamento|depa|apartamento|apato|danchi|"
        r"dormitorio|ryo)|de el|de mi (?:esposo|marido|pareja|novio)|con (?:los|mis) (?:ninos|"
        r"hijos|hijas|nenes))\b",
        # loan sharks who threaten
        rf"{_LOAN_SHARK}[\s\S]{{0,100}}{_HURT_WORDS}",
        rf"\bamenaz\w*[\s\S]{{0,60}}{_LOAN_SHARK}",
        # heard next door: 「gritos de auxilio」「se escuchan golpes」
        r"\b(?:gritando|grita|gritaba|gritos|pidiendo|pedia|pidio)\b[^.!?\n]{0,15}\b(?:auxilio|"
        r"socorro)\b|\bgritos de (?:dolor|auxilio|socorro|desesperacion)\b",
        rf"{_NEXT_DOOR}[\s\S]{{0,100}}{_HEARD}",
        rf"{_HEARD}[\s\S]{{0,100}}{_NEXT_DOOR}",
        # hiding from him: 「estoy escondida en el bano, el esta borracho」
        r"\b(?:estoy|toy|estamos|esta) escondid[oa]s? (?:en|debajo|detras|"
        r"abajo)\b[\s\S]{0,80}\b(?:de el|el|esposo|marido|ex|novio|papa|padrastro|borrach[oa]|"
        r"miedo|cuchillo|arma)\b",
        r"\b(?:el|ella|esposo|marido|novio|ex|padrastro|papa|mama|tio|hermano|jefe|hancho|"
        r"suegr[oa])\b[^.!?\n]{0,15}\bme (?:lastima|lastimo|esta lastimando)\b",
        # 「tengo miedo de que me mate」, a rage with things thrown
        r"\bmiedo (?:de que|que) (?:me |nos )?(?:mate|pegue|golpee|lastime|apunale)\b",
        r"\b(?:rompiendo|rompio|aventando|avento|tirando|tiro) (?:todo|las cosas|los muebles|"
        rf"platos|cosas|sillas?)\b[\s\S]{{0,80}}{_FEAR}",
        rf"{_FEAR}[\s\S]{{0,80}}\b(?:rompiendo|rompio|aventando|tirando) (?:todo|las cosas|"
        r"los muebles|platos|cosas|sillas?)\b",
    ),
    "child_danger": (
        # A young child alone now, into the night (「mi hijo de 3 años se queda solo en casa
        # esta noche」).
        all_of(
            r"\b[0-6] anos?\b|\b(bebe|nino pequeno|nina pequena)\b",
            r"\bsol[oa]s? en (la )?casa\b|\b(se queda|se quedan|quedarse|dejar|deje|dejo) "
            r"sol[oa]s?\b|\bsin (ningun )?adulto\b",
            r"\b(esta noche|toda la noche|turno de noche|de noche|por la noche|sin (ningun )?"
            r"adulto)\b",
        ),
        r"\b(?:pega|pego|pegaba|golpea|golpeo|golpeaba|patea|pateo|maltrata|maltrataba|quema|"
        r"quemo) (?:a )?(?:mi|mis|el|la|los|las|nuestro|nuestra|nuestros|nuestras|su|"
        r"sus) (?:hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?)\b",
        r"\ba (?:mi|mis|nuestro|nuestra|nuestros|nuestras|su|sus|los|las) (?:hij[oa]s?|nin[oa]s?|"
        r"bebes?|nen[ea]s?|criaturas?) (?:le|les|lo|la|los|las) (?:pega|pego|pegaba|golpea|golpeo|"
        r"golpeaba|patea|pateo|maltrata|maltrataba|quema|quemo)\b",
        r"\b(?:abusa|abuso|abusaba|abusando|viola|violo|violando|manosea|"
        r"manoseo) (?:sexualmente )?(?:de |a )?(?:mi|mis|nuestro|nuestra|la|el|los|las|su|"
        r"sus) (?:hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?|niet[oa]s?|sobrin[oa]s?|"
        r"hermanit[oa]s?|hijastr[oa]s?)\b",
        r"\b(?:maltrato|abuso) infantil\b",
        r"\b(?:esta|estan) (?:pegando|golpeando|pateando|maltratando|lastimando) (?:a )?(?:mi|mis|"
        r"el|la|los|las|nuestro|nuestra|su|sus) (?:hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|"
        r"criaturas?)\b",
        r"\b(?:hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?) (?:esta|estan|corre|"
        r"corren) (?:en )?peligro\b",
        r"\bdej(?:a|o|an|aron) (?:solo|sola|solos|solas) (?:al|a la|a los|a las|a mi|"
        r"a mis) (?:hij[oa]s?|nin[oa]s?|bebes?|nen[ea]s?|criaturas?)\b",
        # missing: 「mi hijo desaparecio」, or not home by night (「ya es de noche」)
        rf"\b{_KIN}(?: de \d+ anos| mayor| menor| pequen[oa]| chiquit[oa])?(?: (?:se|"
        r"esta))? (?:desaparecio|desaparecid[oa]|perdid[oa]|se perdio|se escapo de (?:la )?casa|"
        r"se fue de (?:la )?casa)\b(?! (?:con|la|el|los|las|su|sus|un|una|mi|mis|en (?:su|el|"
        r"la) (?:cuarto|cocina|bano|sala|celular|juego))\b)",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:(?:no|todavia no|aun no) (?:ha |han )?(?:vuelto|volvio|"
        r"regresado|regreso|llegado|llego|venido|vino|aparecido|aparece)|"
        r"no llego a dormir)\b[^.!?\n]{0,60}\b(?:noche|anoche|madrugada|ayer|desde (?:ayer|"
        r"la manana|la tarde|temprano)|horas|todo el dia|ya (?:son|es) (?:las|de)|dormir)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:nadie sabe donde|no se donde (?:esta|anda))\b",
        # alone with the one who hurts: 「se quedo sola con mi ex y esta borracho」
        rf"\b{_KIN}\b[^.!?\n]{{0,40}}\b(?:(?:se quedo|se quedaron|esta|estan|quedo|quedaron|"
        r"la deje|lo deje|los deje) (?:sol[oa]s? )?(?:en (?:la )?casa )?con) (?:el|su padrastro|"
        r"su madrastra|mi ex|el agresor|ese hombre|ese tipo|su papa|"
        r"su tio)\b[\s\S]{0,80}\b(?:pega\w*|golpe\w*|abus\w*|maltrat\w*|borrach[oa]|drogad[oa]|"
        r"violent[oa]|lastim\w*|miedo)",
        # sexual abuse, told by the child or of the child
        rf"\b{_PERPETRATOR}\b[^.!?\n]{{0,50}}(?:\bme (?:toca|toco|tocaba|manosea|manoseo|"
        r"mete la mano|hace cosas|quita la ropa|obliga a)|\btoca mis partes|\bse mete (?:a|"
        r"en) mi cama)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,60}}\b{_PERPETRATOR}\b[^.!?\n]{{0,20}}\b(?:la|lo|le) (?:toca|toco|"
        r"tocaba|manosea|manoseo|viola|violo|mete la mano)\b",
        rf"\babuso sexual\b[^.!?\n]{{0,40}}\b{_KIN}\b|\b{_KIN}\b[^.!?\n]{{0,40}}\babuso sexual\b",
        # a baby shaken
        r"\b(?:sacudi|sacudio|zarandee|zarandeo|agite|agito|sacudiendo|zarandeando) (?:muy fuerte |"
        r"fuerte |con fuerza )?(?:a |al )?(?:mi |la |el |nuestro |nuestra )?(?:bebe|bebit[oa]|"
        r"nen[ea]|hij[oa]|nin[oa])\b",
        # something swallowed: 「se trago una pila」「se tomo cloro」
        rf"\b{_KIN}\b[^.!?\n]{{0,60}}\b{_SWALLOWED_THINGS}\b[^.!?\n]{{0,30}}\b(?:se (?:la|lo|las|"
        r"los) trago|trago|se (?:la|lo) tomo|se (?:la|lo) comio)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:se tomo|se trago|se comio|"
        r"ingirio)\b[^.!?\n]{0,40}(?:\b(?:\d+|diez|varias|muchas|un monton de) (?:pastillas|"
        r"pildoras|tabletas|medicinas)|\b(?:medicina|medicinas|pastillas) (?:de la |del |de mi |"
        r"para )(?:abuela|abuelo|mama|papa|adulto|presion|dormir|depresion)|\b(?:un|el) frasco)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b{_SWALLOWED}\b[^.!?\n]{{0,40}}\b{_SWALLOWED_THINGS}\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:se trago|trago|se tomo|se comio|ingirio) (?:todas|todos|"
        r"varias|muchas|un monton|la caja|el frasco|el bote)\b[^.!?\n]{0,25}\b(?:pastillas|"
        r"pildoras|medicinas|medicamentos|tabletas)\b",
        # locked out, left alone for days
        rf"\b{_KIN}\b[^.!?\n]{{0,60}}\b(?:sol[oa]s?|encerrad[oa]s? (?:afuera|fuera)|"
        r"afuera de (?:la )?casa|en la calle)\b[^.!?\n]{0,50}\b(?:dias|toda la noche|sin comer|"
        r"sin comida|en el frio|desde ayer|desde antier|hace horas|horas y horas|toda la semana|"
        r"todo el fin de semana|semanas|desde el (?:lunes|martes|miercoles|jueves|viernes|sabado|"
        r"domingo)|de madrugada)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,30}}\b(?:llevan?|lleva|pasan?|pasaron) (?:\w+ )?(?:dias|"
        r"noches) (?:sol[oa]s?|encerrad[oa]s?|sin comer|sin comida)\b",
        r"\b(?:dejaron|dejo|dejan|deja|encerro|encerraron|saco|sacaron) (?:a )?(?:los |las |sus |"
        rf"mis |el |la |su |mi )?{_KIN} (?:\w+ )?(?:afuera|fuera de (?:la )?casa|en la calle|"
        r"en el balcon|en el frio)\b",
        # a parent who may hurt the child
        rf"\b{_KIN}\b[^.!?\n]{{0,80}}\b(?:ganas de|miedo de|voy a|casi) (?:sacudirl[oa]|"
        r"aventarl[oa]|ahogarl[oa]|pegarle|lastimarl[oa]|tirarl[oa])\b",
        r"\bmiedo de (?:hacerle|hacer) (?:algo|dano|cosas) (?:a )?(?:mi|mis|al|a la|el|"
        r"la) (?:hij[oa]s?|bebes?|bebit[oa]|nin[oa]s?|nen[ea]s?)\b",
        r"\b(?:miedo de|voy a|ganas de|capaz de|puedo|a punto de|pense en|"
        r"pienso en)(?: terminar)? (?:lastimar|pegarle|golpear|hacerle dano|ahogar|sacudir|matar|"
        r"hacerle algo|aventar|tirar) (?:a )?(?:mi|mis|al|a la|el|la) (?:hij[oa]s?|bebes?|"
        r"bebit[oa]|nin[oa]s?|nen[ea]s?)\b",
        # a child crying next door, with blows
        rf"{_NEXT_DOOR}[\s\S]{{0,100}}\b(?:nin[oa]|bebe|nen[ea]|"
        r"hij[oa])s?\b[^.!?\n]{0,60}\b(?:golpes|le pegan|le estan pegando|cachetadas|"
        r"gritando de dolor)\b",
    ),
    "medical_emergency": (
        r"\bno (?:puede |puedo |podia |esta |estaba )?respira(?:r|ndo|ba)?\b",
        r"\b(?:dejo|ha dejado|dejaron) de respirar\b",
        r"\b(?:le|me) (?:cuesta|costaba) (?:mucho )?respirar\b",
        r"\b(?:le|me) falta (?:el )?aire\b",
        r"(?<!casi me )(?<!casi se )\bdesmay(?:o|ada|ado|ando)\b(?! de (?:la |el )?(?:risa|susto|"
        r"hambre|sueno|cansancio|calor|emocion))",
        r"\binconsciente\b",
        r"\bperdi(?:o|do|da) (?:el )?(?:conocimiento|conciencia|sentido)\b",
        # a heart attack or a stroke now, not one told (「tuvo un derrame hace dos anos」)
        r"\b(?:teniendo|tenga|creo que (?:es|esta teniendo|le (?:esta )?dando|le dio)|parece|(?:le|"
        r"me) (?:esta )?dando|sintomas de|senales de|es) (?:un |una )?(?:infarto|ataque (?:al|"
        r"de) corazon|ataque cardiaco|derrame|embolia|ictus)\b",
        r"\b(?:sangr(?:a|ando|o) (?:mucho|muchisimo|demasiado|sin parar)|mucha sangre|no (?:para|"
        r"deja) de sangrar|sangre por todos lados|sangre sin parar|sangre a chorros|"
        r"charco de sangre|hemorragia)\b",
        r"\b(?:(?:esta|esta teniendo|teniendo|le (?:esta )?dando|le dio|tuvo|tiene|con|en) (?:una |"
        r"un |otra )?(?:convulsion|ataque epileptico)\b(?!es)|convulsionando|convulsiono|"
        r"convulsiona|no reacciona)\b",
        # stroke signs: 「se le torcio la boca」「habla arrastrando las palabras」, not a sign told
        # as lasting (「desde el derrame」「por la tendinitis」)
        r"\b(?:(?:boca|cara|rostro) (?:\w+ ){0,3}(?:chueca|chueco|torcida|torcido|caida|caido|"
        r"ladeada|paralizada)|se le (?:torcio|cayo|chueco|ladeo) (?:la )?(?:boca|cara)|(?:un lado|"
        r"lado (?:derecho|izquierdo)) del cuerpo (?:\w+ )?(?:no (?:lo )?mueve|paralizado|dormido|"
        r"sin fuerza)|(?:habla|hablando) (?:\w+ )?(?:arrastrando|trabad[oa]|enredad[oa]|"
        r"sin sentido)|habla raro de repente|arrastra las palabras|se le traba la lengua|"
        r"no (?:le )?salen las palabras|no (?:puede|logra|puedo) (?:levantar|mover) (?:el|un|"
        r"la) (?:brazo|pierna|mano)|paraliz\w+ (?:la mitad de |medio |un lado de )?(?:la |"
        rf"el )?(?:cara|boca|rostro|cuerpo))\b{_LASTING}",
        # chest pain with no air or a cold sweat
        r"\b(?:dolor (?:\w+ ){0,3}(?:en el|de|del) pecho|(?:le|"
        r"me) duele (?:mucho )?el pecho)\b[\s\S]{0,80}\b(?:falta (?:el )?aire|no puede respirar|"
        r"sudor frio|sudando|cuesta respirar|brazo izquierdo|ahogando)\b",
        r"\b(?:sudor frio|sudando frio|"
        r"falta el aire)\b[\s\S]{0,80}\b(?:dolor (?:\w+ ){0,3}(?:en el|de|del) pecho|"
        r"duele (?:mucho )?el pecho)\b",
        # confused and sweating (sugar)
        r"\b(?:confundid[oa]|desorientad[oa]|dice cosas sin sentido|incoherente|"
        r"no reconoce)\b[\s\S]{0,80}\b(?:sudando|sudor|temblando|diabet\w*|azucar|glucosa|"
        r"insulina)\b",
        r"\b(?:sudando|sudor|temblando|diabet\w*|azucar|glucosa|"
        r"insulina)\b[\s\S]{0,80}\b(?:confundid[oa]|desorientad[oa]|dice cosas sin sentido|"
        r"incoherente|no reconoce)\b",
        # not waking, only sounds
        r"\bno (?:despierta|se despierta|lo puedo despertar|la puedo despertar|"
        r"podemos despertarl[oa])\b(?! (?:temprano|en la manana|para (?:ir|la escuela|el trabajo)|"
        r"a tiempo|con la alarma|sol[oa]))",
        r"\b(?:solo (?:hace ruidos|gime|se queja|hace sonidos|balbucea)|no (?:responde|"
        r"reacciona) (?:cuando (?:le |lo |la )?(?:hablo|hablamos|llamo|muevo|sacudo|toco)|"
        r"aunque (?:le |lo |la )?(?:hablo|muevo|sacudo|llamo)|ni (?:moviendol[oa]|sacudiendol[oa]|"
        r"a gritos)|a nada))\b",
        # a fever, then no answer
        r"\bfiebre\b[\s\S]{0,100}\b(?:no responde|no despierta|como ido|ojos en blanco|delira|"
        r"(?:ni|no) abre los ojos|delirando)\b",
        # a fall, and no getting up
        r"(?<!sistema )(?<!internet )(?<!pagina )(?<!app )(?<!servidor )(?<!red )(?<!wifi "
        r")(?<!senal )(?<!llamada )\b(?:se cayo|se callo|cayo|caida|se desplomo)\b(?! (?:el|"
        r"la) (?:sistema|internet|pagina|app|servidor|red|wifi|senal|"
        r"llamada)\b)[^.!?\n]{0,60}\b(?:no (?:se )?(?:puede|logra|pudo) (?:levantar|mover)|"
        r"no se mueve|no se levanta|se pego en la cabeza|(?:esta )?sangrando de la cabeza|"
        r"inconsciente)\b",
        r"\b(?:tirad[oa]|tendid[oa]) en el (?:piso|suelo)\b[^.!?\n]{0,60}\bno (?:se mueve|responde|"
        r"reacciona)\b",
        # poison, choking, a baby turning blue
        rf"\b{_SWALLOWED}\b[^.!?\n]{{0,30}}\b(?:veneno|cloro|lejia|raticida|insecticida|matarratas|"
        r"soda caustica|destapacanos|anticongelante)\b",
        r"\b(?:atragant\w*|se atoro|atorad[oa]|se le atoro)\b[\s\S]{0,60}\b(?:no puede respirar|"
        r"morad[oa]|azul|no le sale|no respira)\b",
        r"\b(?:morad[oa]|azul)\b[\s\S]{0,60}\b(?:atragant\w*|se atoro|atorad[oa]|se le atoro)\b",
        r"\bse (?:esta|estan) ahogando\b(?! (?:en|con) (?:deudas|trabajo|problemas|papeles|tanto))",
        r"\b(?:se (?:esta )?poniendo|se puso|(?:bebe|nen[ea]|nin[oa]|hij[oa]|el|ella) (?:esta|"
        r"ta)) (?:todo |toda )?(?:moradit[oa]|morad[oa]|azul|azulad[oa])\b(?! de (?:risa|coraje|"
        r"frio|verguenza))|\blabios (?:\w+ )?(?:morados|azules)\b(?! de (?:frio|risa))",
        # a swelling throat, a knock on the head, a heavy bleeding, a sudden loss
        r"\b(?:alergia|hinchad[oa]|se le (?:cierra|"
        r"esta cerrando) la garganta)\b[\s\S]{0,60}\b(?:falta (?:el )?aire|no puede respirar|"
        r"cuesta respirar|se ahoga)\b",
        r"\bse (?:pego|golpeo) (?:en )?la cabeza\b[\s\S]{0,60}\b(?:vomit\w*|desmay\w*|no despierta|"
        r"sangr\w*|convulsi\w*|confundid[oa]|mucho sueno|somnolient[oa])",
        r"\bsangrado (?:muy )?(?:fuerte|abundante|intenso|enorme)\b",
        r"\bde repente\b[^.!?\n]{0,30}\b(?:no (?:puede|pudo) (?:hablar|caminar|pararse|moverse)|"
        r"dejo de (?:hablar|caminar|responder))\b",
        r"\bvomit\w* sangre\b|\bse le (?:esta )?(?:cerrando|cierra) la garganta\b",
        r"\b(?:helad[oa]|frio|fria|palid[oa]|desmayad[oa]|"
        r"desvanecid[oa])\b[^.!?\n]{0,30}\bno (?:responde|reacciona|despierta)\b",
    ),
}
NOT_BEFORE: Final[str] = r"\b(?:no|nunca|jamas|tampoco|ni)\s*$"
# Long past and over (「Hace seis anos intente…, ahora estoy bien」): one pattern reads
# Spanish and Portuguese alike (see `nlu.crisis_cues.pt.OVER`).
OVER: Final[str] = pt.OVER
# The middle band (see `nlu.crisis_cues.en.WORRY`).
_WORRY_KIN: Final = r"(?:hij[oa]s?|nin[oa]s?|bebes?|nenes?|nenas?|niet[oa]s?)"
WORRY: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(?:morir(?:me)?|muerte|muert[oa]|suicid\w*|matarme|quitarme la vida|acabar con todo|"
        r"no aguanto mas|no puedo mas|rendirme|desaparecer|pastillas|cortarme|ahorcar\w*|"
        r"no quiero vivir|cansad[oa] de vivir|sin sentido|adios a todos|tirarme)\b",
        r"\b(?:ya no (?:puedo|aguanto|soporto)|no (?:lo )?soporto mas|no doy mas|ya no doy|"
        r"no puedo con esto|cansad[oa] de (?:todo|vivir|luchar|existir|sufrir)|sin (?:salida|"
        r"esperanza|futuro)|(?:soy|me siento|ser) (?:solo )?(?:una |un )?(?:carga|estorbo|inutil|"
        r"fracaso|molestia)|nadie (?:me )?(?:va a |iba a )?(?:extranar|extranaria|notaria)|"
        r"mejor sin (?:mi|el|ella)|dormir para siempre|no despertar|no quiero (?:existir|"
        r"estar aqui|despertar)|haber nacido|adios|despedi\w*|ultimo mensaje|cort(?:andome|arme|"
        r"arse)|autolesion\w*|soga|cuerda|veneno|sobredosis|aventarme|lanzarme|para que vivir|"
        r"vacio por dentro|cuando (?:ya )?no este|(?:regalando|repartiendo) (?:todas )?(?:mis|"
        r"sus) cosas)\b",
        r"\b(?:testamento|darle fin a todo)\b",
        # on an edge: 「estoy en la orilla de las vias」
        r"\b(?:al borde de|en la orilla de|en la cornisa|arriba del (?:techo|edificio|puente)|"
        r"en la azotea|en el techo del)\b",
    ),
    "violence": (
        # a bare cry for help (「ayudame por favor」)
        r"^\W*(ayuda(me)?|auxilio)( por favor| porfa| pls)?\W*$",
        r"\b(?:pega|pego|pegando|golpe\w*|patad\w*|punet\w*|estrangul\w*|amenaz\w*|cuchillo|navaja|"
        r"arma|pistola|violencia|abus\w*|maltrat\w*|hui|huir|escondid[oa]|policia|grit(?:a|o|"
        r"ando))\b",
        r"\bmiedo (?:de el|de ella|a mi|de mi|de volver|de regresar|de salir)\b|\bme (?:encerro|"
        r"encierra)\b",
        r"\b(?:cachetad\w*|bofetad\w*|empuj\w*|paliza|golpiza|madrazo\w*|gritos|persigu\w*|"
        r"siguiendo|acosa\w*|rond(?:a|ando)|prestamista\w*|usurer[oa]s?|yamikin|cobrador\w*|"
        r"pele\w*|rompiendo todo|manija|perilla|me va a matar|matarme|me encerre|me sigue)\b|"
        r"\b(?:esperando(?:me)? afuera|no puedo (?:volver|regresar) a (?:la |mi )?casa|"
        r"manana (?:sera|va a ser) peor)\b",
    ),
    "child_danger": (
        rf"\b{_WORRY_KIN}\b[^.!?\n]{{0,50}}\b(?:desaparec\w*|no volvio|no ha vuelto|(?:esta|quedo|"
        r"dejo|estan) sol[oa]s?|lastim\w*|golpe\w*|pega\w*|quemad\w*|no respira|peligro|"
        r"maltrat\w*|encerrad[oa])\b",
        rf"\b{_WORRY_KIN}\b[^.!?\n]{{0,50}}\b(?:no (?:ha )?(?:regresado|llegado)|sol[oa]s?|"
        r"llora (?:mucho|sin parar|todo el dia|toda la noche|todos los dias)|se trago|sacud\w*|"
        r"moretones|marcas)\b",
        rf"\b{_PERPETRATOR}\b[^.!?\n]{{0,40}}\b(?:entra (?:a|en) (?:mi|su) (?:cuarto|cama)|"
        r"se acuesta (?:en mi cama|conmigo)|me mira banandome)",
        r"\bme hizo cosas\b|\b(?:no le (?:diga|dijera|cuente|contara) a (?:nadie|mi mama|mi mami)|"
        r"perdi el control con (?:mi|el|la))\b",
    ),
    "medical_emergency": (
        r"\b(?:ambulancia|respir\w*|desmay\w*|inconscient\w*|se cayo|caida|sangr\w*|sangre|"
        r"dolor (?:en el|de) pecho|derrame|infarto|convulsion\w*|no se mueve|no despierta|"
        r"emergencia|sobredosis)\b",
        r"\b(?:kyukyusha|desorientad[oa]|confundid[oa]|sudor frio|sudando frio|boca chueca|"
        r"habla raro|atragant\w*|veneno|fiebre alta|no reacciona|no responde|embolia|ictus|"
        r"epilep\w*|hemorragia|se callo|no se puede levantar|presion (?:alta|muy alta|\d+)|"
        r"le falta el aire|se pego en la cabeza|no puede hablar|habla raro|fiebre de (?:39|40|41)|"
        r"vomit\w* sangre|no se puede parar)\b",
    ),
}
