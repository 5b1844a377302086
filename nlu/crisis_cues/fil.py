"""Crisis words in Filipino (fil): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it. Written as people type on a
phone: Taglish, 「ko」 as 「q」, 「lang」 as 「lng」, 「nalang」 in one word."""

from __future__ import annotations

from typing import Final

from nlu.crisis_cues.shapes import all_of

# A child: 「anak ko」「ang bata」「si bunso」「yung 5 years old ko」.
_KIN: Final = (
    r"(anak|bata|mga bata|sanggol|baby|beybi|bunso|apo|pamangkin|toddler|([1-9]|"
    r"1[0-7]) ?(taong gulang|yo|y/o|years? old|yrs? old))"
)
# A high place, or the rails.
_DULO: Final = (
    r"(bubong|rooftop|roof|tulay|riles|platform|bintana|balkonahe|balcony|veranda|railing|bangin|"
    r"gilid ng (tulay|bubong|building|gusali|bangin)|ibabaw ng (building|gusali|tulay)|"
    r"\d+\w* (floor|palapag))"
)
# Words of one who is going: 「paalam」「di ko na kaya」「patawarin nyo ako」.
_PAALAM: Final = (
    r"(paalam|bye|goodbye|huling|tatalon|tumalon|talon|ayoko na|(di|hindi|d) ko na (kaya|keri)|"
    r"wag (nyo|niyo|mo) na (akong|ako) hanapin|patawad|patawarin|sorry sa lahat|tapusin|wakasan|"
    r"mahal ko kayo|alagaan (nyo|niyo|ninyo)|wala na akong|isang hakbang|tumingin sa baba)"
)
# No answer any more: 「hindi na sumasagot」「patay na ang cp niya」「seen lang」.
_HINDI_MAKONTAK: Final = (
    r"((hindi|di|hnd|d) (na )?(siya |sya |na )?(sumasagot|sumagot|ma-?contact|makontak|ma-?kontak|"
    r"ma-?reach|nagrereply|nagre-?reply|nag-?reply|matawagan|nasagot|sinasagot|ma-?tawagan)|(patay|"
    r"naka-?off|off|nakapatay) (na )?(ang |yung |ung )?(phone|cellphone|cp|telepono|fone)|(ang |"
    r"yung |ung )?(phone|cellphone|cp|telepono) (niya |nya )?(ay )?(patay|naka-?off|off|nakapatay)|"
    r"seen lang|walang sagot)"
)
_PAALAM_MSG: Final = (
    r"(paalam|nagpaalam|goodbye|good ?bye|huling (mensahe|message|text)|last message|"
    r"sorry sa lahat|patawarin (nyo|niyo|ninyo|mo)|patawad sa lahat|mahal ko kayo(ng lahat)?|"
    r"salamat sa lahat|nagpapaalam|sulat ng paalam|nag-?iwan ng sulat|iniwang sulat)"
)
# Threats of what will be done: 「babaliin daw ang binti ko」「susunugin nila ang bahay」.
_BANTA: Final = (
    r"(babaliin|babalian|baliin|puputulan|puputulin|sasaktan|bubugbugin|gugulpihin|tatagain|"
    r"sasaksakin|sasaksakan|babarilin|susunugin|tatapusin|papatayin|sasakalin)"
)
# Swallowed, drunk, eaten (a child, or anyone).
_LUNOK: Final = (
    r"(nakalunok|nalunok|nilunok|lumunok|nakainom|nainom|ininom|uminom|nakakain|nakain|kinain|"
    r"sinubo|isinubo|dinilaan)"
)
_LASON: Final = (
    r"(baterya|battery|button battery|barya|magnet|bleach|zonrox|clorox|muriatic|kerosene|gaas|"
    r"detergent|sabong? panlaba|fabric con\w*|downy|lason|pesticide|insecticide|raid|baygon|haiter|"
    r"panlinis|chemical|kemikal|thinner|sigarilyo|upos|katol|moth ?balls?|alkampor)"
)
_GAMOT_NG_IBA: Final = (
    r"((gamot|tableta|pills|meds)\b[^.!?\n]{0,10}\b(ni|ng|ko|namin) (lola|lolo|nanay|tatay|mama|"
    r"papa|inay|itay)|(maraming|lahat ng|isang banig ng|ilang) (gamot|tableta|pills))"
)
_DIBDIB: Final = (
    r"((sakit|masakit|sumasakit|naninikip|paninikip|nanikip|kirot|kumikirot|mabigat|bumibigat|"
    r"pananakit)( daw| raw| po)? (ng |sa |ang )?(kanyang |kaniyang |aking |ng )?dibdib|chest pain|"
    r"dibdib (niya |nya |ko )?(ay )?(masakit|sumasakit|naninikip|kumikirot))"
)
_HINGAL: Final = (
    r"(hirap (siyang |syang |akong )?(huminga|makahinga)|hinihingal|kinakapos (ako |siya |"
    r"sya )?(ng|sa) (hininga|hangin)|(hindi|di) makahinga|malamig na pawis|pinagpapawisan|"
    r"nanlalamig|namumutla|nahihilo|sumusuka|nagsusuka|masakit (ang|ng) (kaliwang )?(braso|panga))"
)
# A pain of long standing is for a clinic: 「minsan」「ilang buwan na」「check-up」.
_HINDI_MATAGAL: Final = (
    r"(?m)^(?![^\n]*\b(paminsan-?minsan|minsan|ilang (linggo|buwan|taon)|check-?up|appointment|"
    r"clinic|klinika)\b)[^\n]*?"
)
_LITO: Final = (
    r"(nalilito|litong-?lito|wala sa sarili|(hindi|di) (na )?(makausap ng maayos|kami makilala|"
    r"ako makilala|ako kilala|kami kilala)|nagdedeliryo|deliryo|kung anu-?ano(ng)? (sinasabi|"
    r"pinagsasabi)|hindi maintindihan ang sinasabi)"
)
_ASUKAL: Final = (
    r"(pinagpapawisan|pawis na pawis|pawisan|nanginginig|diabetes|diabetic|insulin|(blood )?sugar|"
    r"asukal)"
)
# A sexual abuse: 「hinihipuan ako ng amain ko」「ginahasa」.
_HALAY: Final = (
    r"(hinihipuan|hinipuan|minolestya|minolestiya|minomolestya|minomolestiya|minamolestya|ginahasa|"
    r"ginagahasa|hinalay|hinahalay|pinagsamantalahan|pinagsasamantalahan|ni-?rape|nire-?rape|"
    r"na-?rape|narape|(ginagalaw|ginalaw) (daw |raw )?(ako|siya|sya))"
)
# Who a child would name: 「amain ko」「tito ko」.
_MATANDA: Final = (
    r"(amain|stepdad|step-?father|tito|tiyo|lolo|pinsan|kuya|teacher|guro|coach|tatay|papa|"
    r"boyfriend ni (mama|nanay))"
)
_ORAS_NG_GABI: Final = (
    r"(gabi|hatinggabi|madaling ?araw|alas (9|10|11|12|diyes|dyis|onse|dose|nuwebe)|\d{1,2} ?(pm|"
    r"am)|kagabi|kahapon|buong (gabi|araw)|hanggang ngayon|sumasagot|phone|cp|pulis)"
)
# A figure of speech after 「papatayin ako」: 「…ng amo ko kapag na-late ako」.
_BIRO: Final = (
    r"(?![^.!?\n]{0,40}\b(pag|kapag|kung) (na-?late|late|malate|mahuli|nahuli|makalimutan|"
    r"nakalimutan|malaman|nalaman|makita|nakita)\b)"
)
_ARAW: Final = (
    r"((ilang|dalawang|tatlong|apat na|limang|\d+) (araw|gabi)|buong (gabi|linggo)|magdamag)"
)

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\bininom ko (lahat|lahat ng|ang lahat ng) (gamot|tableta)\b",
        r"\b(ininom|nilunok|uminom|nalunok|tinake|nag-?take|lumunok)( ko| ako| niya| nya| siya|"
        r" sya)?( ng| ang| yung| ung)? (lahat ng|lahat ng mga|ang lahat ng|maraming|"
        r"sobrang dami(ng)?|isang (bote|banig|box|kahon|pakete)( ng)?|buong (bote|banig|"
        r"pakete)( ng)?|\d{2,}( na| piraso(ng)?)?)( mga)? ?(gamot|tableta|tabletas|pills|"
        r"sleeping pills|pampatulog|meds)\b",
        r"\b(nag|mag|na|nakapag)-?overdose\b",
        r"\b(nag|mag|nagla|magla|naglala)-?laslas\b(?! (ng )?(presyo|price|sale))|\blaslas (ulit|"
        r"uli|na naman|nanaman)\b",
        r"\b(nag|mag|naga)-?(cut|cutting|self-?harm)\b|\bnagcu-?cut\b|\bnagse-?self-?harm\b",
        r"\b(nilaslas|hiniwa|ginilitan|nilaslasan|laslasin|lalaslasin|hihiwain) ko( na| ulit| uli|"
        r" na naman| nanaman)* (ang |yung |ung )?(aking )?(pulso|braso)\b",
        # 「gusto q n lng mamatay」「gusto na raw niyang mamatay」, not 「mamatay sa hiya」
        r"\bg(u)?sto (ko|q|kong|kung|niya|nya|niyang|nyang|na niyang|na nyang|kona|ko na)(( na|"
        r" nang| n| ng| daw| raw| lang| lng| nalang| nlng| talaga| talagang))* (mamatay|mamatai|"
        r"magpakamatay)\b(?! sa (hiya|kahihiyan|tawa|kakatawa|kilig|inggit|init|gutom|antok|pagod|"
        r"kakatrabaho))",
        r"\bg(u)?sto (na )?(daw |raw )?(na )?(lang |nalang )?mamatay (ni|si|ng|daw|raw)\b",
        r"\b(mag|nag|pag)?(pa)?pakamatay\b(?! (ako |siya |sya |kami |sila )?sa (trabaho|kaka\w+|"
        r"pag-?\w+|overtime|ot|gym|review|school|eskwela))",
        r"\b(ayoko|ayaw ko)(ng| nang| na| ng)( na(ng)?)? (mabuhay|nang mabuhay)\b",
        r"\b(ayoko|ayaw ko)(ng| nang| na| ng)?( na(ng)?)? (gumising|magising)( pa)?\b(?! (ng |"
        r"nang )?(maaga|early))",
        r"\b(ayoko|ayaw (ko|q|niya|nya|na niya|na nya))(ng| nang| na| ng| n)?( na(ng)?)? (mabuhay|"
        r"buhay pa)\b|\bayaw na (niya|nya)ng mabuhay\b",
        r"\bwala(ng| nang| na)? (nang |na )?(dahilan|silbi) (para|upang) (mabuhay|mabuhay pa)\b",
        r"\b(tapusin|tatapusin|wakasan|wawakasan|kitlin|kikitlin) (ko |na |ko na )?(ang )?(aking |"
        r"sariling )?buhay( ko)?\b",
        r"\b(patayin|papatayin|saktan|sasaktan|sinasaktan) (ko |niya |nya |na |"
        r"daw )*ang sarili (ko|niya|nya)\b",
        r"\b(patayin|papatayin|pinatay|saktan|sasaktan|sinasaktan|sinaktan|sugatan|sinugatan|"
        r"sinusugatan|hinihiwa|sinusunog|pinapaso) ((ko|niya|nya|na|naman|daw|ulit|uli|raw|"
        r"nanaman) )*(ang |yung |ung )?sarili(ng (braso|katawan|pulso|hita))? (ko|niya|nya)\b",
        r"\b(mag|nag|magbi|nagbi)bigti\b|\b\w*bigti\b",
        r"\bmas (mabuti|mabuting|maganda|magandang) pa(ng)? (mamatay|patay na)\b",
        r"\bsana (mamatay|patay) na( lang| lng| nalang)? (ako|ko)\b",
        # 「Gusto ko na lang mawala」: to be gone oneself, not a pain or a debt gone
        r"\bg(u)?sto (ko|kong)(( na| nang| lang| lng| nalang| nlng| talaga|"
        r" talagang))* mawala(?= *(na lang|nalang|sa mundo|[.!?…,]|$))",
        # 「sawa na ako sa buhay」 (not 「…sa buhay dito」); to sleep for good, not to exist
        r"\b(pagod|sawa|sawang-?sawa|suko) na (ako|ko) sa buhay( ko)?\b(?! (dito|sa|ng|bilang|"
        r"abroad|sa japan))",
        r"\bg(u)?sto (ko|kong)(( na| nang| lang| lng| nalang| nlng| talaga|"
        r" talagang))* (mag-?sleep forever|matulog (na )?(lang )?(habang ?buhay|forever|"
        r"nang (hindi|di) na gumising))\b",
        r"\b(kung|kapag|pag) (di|hindi) na (ako|ko) (nag-?e-?exist|nag-?exist)\b|\b(ayoko|"
        r"ayaw ko)(ng| nang| na)? (na(ng)? )?(mag-?exist|mag-?e-?exist)\b",
        r"\bmas (mabuti|ok|okay|masaya|magaan|maayos)\b[^.!?\n]{0,30}\b(kung|kapag|pag) (di|"
        r"hindi) na (ako|ko) (nabubuhay|buhay|humihinga)\b",
        r"\bwag (nyo|niyo|mo) na (akong|ako) hanapin\b",
        r"\b(nag-?iipon|nag-?ipon|nagtatago|itinatago) (ako |siya |sya )?(ng )?(gamot|tableta|"
        r"pills|sleeping pills|pampatulog)\b[^.!?\n]{0,40}\b(inumin|iinumin|lahat|mamatay|"
        r"sabay-?sabay)\b",
        r"\b(naglalakad|pupunta|papunta|nasa daan) (ako |na ako )?(papunta )?(sa )?(tulay|riles|"
        r"bubong|rooftop)\b[^\n]{0,80}\b" + _PAALAM + r"\b",
        r"\bsana mawala na( lang| lng| nalang)? ako\b",
        # better off without me: 「mas magaan sa kanila kung wala na ako」
        r"\bmas (mabuti|ok|okay|okey|masaya|magaan|maayos|maganda|madali|gagaan|sasaya|"
        r"tahimik)\b[^.!?\n]{0,40}\b(kung|kapag|pag) (wala|mawala|mamatay|patay) (na )?(lang |lng |"
        r"nalang )?(ako|ko)\b",
        r"\b(mas (mabuti|ok|okay|masaya|magaan|maayos)|sabi (niya|nya))\b[^.!?\n]{0,40}\b(kung|"
        r"kapag|pag) (wala|mawala) na ((daw|raw) (siya|sya)|(siya|sya) (daw|raw))\b",
        # to sleep and never wake: 「sana di na ako magising」
        r"\bsana (hindi|di|d) na (ako |ko )?(magising|gumising|magigising)\b",
        r"\bmatulog\b[^.!?\n]{0,20}\b(hindi|di|d) na (magising|gumising)\b",
        # what for: 「ano pang silbi ng buhay ko」「wala nang saysay ang buhay ko」
        r"\b(ano|anu|anong|anung) (pa )?(ang |ng |pang |pa ang )?(silbi|saysay|kwenta|kuwenta|"
        r"punto) (ng|nang|ng pag|para) ?(buhay|mabuhay)( ko)?\b",
        r"\bwala(ng)? (na(ng)? )?(silbi|saysay|kwenta|kuwenta|halaga) (ang |pa ang )?(buhay|"
        r"mabuhay)( ko)?\b",
        r"\bpara saan pa (ang )?(buhay ko|mabuhay|ako nabubuhay|ako mabubuhay)\b",
        r"\b(pagod|sawa|sawang-?sawa|suko) na (akong|ako ng|ako nang|ako|siyang|syang|siya|"
        r"sya) ?(mabuhay|buhay)\b",
        r"\bnakakapagod (na )?(ang )?mabuhay\b",
        r"\bwala(ng)? (na(ng)? )?(akong |ako )?gana(ng)? (na )?mabuhay\b",
        r"\b(lord|diyos|dios|panginoon|god)\b[^.!?\n]{0,20}\bkunin (mo |nyo |"
        r"niyo )?na (lang )?(ako|ko)\b|\bkunin (mo |nyo )?na (lang )?(ako|ko) (ni |ng )?(lord|"
        r"diyos|panginoon|god)\b",
        # asking how: 「ilang tableta para di na magising」「anong floor para sigurado」
        r"\bilang (tableta|gamot|pills|piraso|sleeping pills|pampatulog)\b[^.!?\n]{0,30}\b(mamatay|"
        r"patay|(di|hindi) na magising|overdose|nakamamatay|nakakamatay|makakamatay|ikamamatay)\b",
        r"\b(anong|aling|ilang|ilan) (floor|palapag)\b[^.!?\n]{0,30}\b(mamatay|patay|tumalon|talon|"
        r"sigurado|sapat)\b",
        r"\bgaano ka?taas\b[^.!?\n]{0,30}\b(mamatay|patay|tumalon|talon)\b",
        r"\bpaano (ba |po )?(mamatay|magbigti|mag-?suicide|mag-?overdose|"
        r"tapusin ang buhay)\b(?! (ang|yung|ung|ng) )",
        r"\b(madaling|mabilis na|walang sakit na) (paraan|paraang) (para |upang )?(mamatay|"
        r"magpakamatay)\b",
        # to jump: 「tatalon na lang ako sa tulay」「tumalon sa harap ng tren」
        r"\b(tatalon|tumalon|tumatalon|talon)( na)?( lang| lng)?( ako| siya|"
        r" sya)?( na)?( lang)? (sa|mula sa|galing sa) (tulay|building|gusali|bubong|rooftop|"
        r"bintana|balkonahe|balcony|veranda|riles|tren|bangin|\d+\w* (floor|palapag)|taas)\b",
        r"\b(tatalon|tumalon|hihiga|haharang|sasalubong) (ako |siya |"
        r"sya )?(na )?(lang )?sa (harap ng )?(tren|riles|train|sasakyan|truck|trak)\b",
        # at a high place, with words of going (either order)
        r"\b(nasa|andito|nandito|narito|nandidito|nakatayo|nakaupo) (ako |na ako |"
        r"po ako )?(sa )?(ibabaw ng |gilid ng )?" + _DULO + r"\b(?=[^\n]{0,100}\b" + _PAALAM + r")",
        r"\b" + _PAALAM + r"\b[^\n]{0,100}\b(nasa|andito|nandito|narito|nakatayo|nakaupo) (ako |"
        r"na ako |po ako )?(sa )?(ibabaw ng |gilid ng )?" + _DULO + r"\b",
        # a farewell: 「ito na ang huling mensahe ko」「paalam sa mundo」
        r"\b(ito na|eto na|ito ang|ito yung|ito ung)( ang| yung| ung)? (huling|last) (mensahe|"
        r"message|msg|text|paalam|sulat)\b",
        r"\bpaalam( na)? (forever|habang ?buhay|sa mundo|mundo)\b",
        r"\b(patawarin (nyo|niyo|ninyo|mo) (na )?(ako|ko)|patawad sa lahat|sorry sa lahat|"
        r"pasensya na sa lahat)\b[^\n]{0,80}\b(paalam|bye|goodbye|huling|alagaan|mahal ko kayo|"
        r"wala na ako)\b",
        r"\b(paalam|goodbye|mahal ko kayo)\b[^\n]{0,80}\b(patawarin (nyo|niyo|ninyo|mo) (na )?(ako|"
        r"ko)|patawad sa lahat|sorry sa lahat)\b",
        r"\balagaan (nyo|niyo|ninyo|mo)\b[^.!?\n]{0,40}\b(pag|kapag|kung) wala na (ako|"
        r"ko)\b(?! (sa|dito|d2))",
        r"\b(ipinamigay|pinamigay|pinamimigay|ipinamimigay|binigay|ibinigay|ibibigay) (ko |na |"
        r"ko na )*(lahat ng |ang mga |yung mga |mga )(gamit|damit|alaga|pusa|"
        r"aso)( ko)?\b[^\n]{0,80}\b(paalam|(di|hindi) ko na (kailangan|kakailanganin)|wala na ako|"
        r"huling|patawad|sorry sa lahat)\b",
        # a goodbye sent, and no answer since (either order)
        r"\b" + _PAALAM_MSG + r"\b[^\n]{0,120}\b" + _HINDI_MAKONTAK + r"\b",
        r"\b" + _HINDI_MAKONTAK + r"\b[^\n]{0,120}\b" + _PAALAM_MSG + r"\b",
        # a rope bought, with words of death
        r"\b(bumili|binili|nakabili|may|mayroong|meron|nakita (ko|namin)|itinago|tinago|nagtali|"
        r"tinali|nagbuhol)( na)?( siya| sya| ako| kami| si [\w-]+)?( ng| ang| yung| ung)? (lubid|"
        r"tali)\b[^\n]{0,100}\b(sarili|mamatay|magpakamatay|mabuhay|pagod na|mas (mabuti|ok|okay|"
        r"masaya|magaan)|wala na|paalam|nagpapaalam|nagpaalam|bigti|kisame|leeg)\b",
        r"\b(lubid|tali)\b[^.!?\n]{0,30}\b(sa kisame|nakasabit sa kisame)\b",
    ),
    "violence": (
        # 「pinagbubuhatan ng kamay」: hands raised against someone
        r"\b(pinagbubuhatan|pinagbuhatan|binubuhatan|binuhatan) (ng|nang) kamay\b",
        r"\b(nasa labas|naghihintay sa labas|nakaabang sa labas)\b[^.!?\n]{0,40}\b(mga tauhan|"
        r"loan shark|yakuza|nagpapautang|pinagkakautangan|mga lalaki|ex ko)\b",
        r"\b(may|isang|mga) (lalaki |tao |kotse |sasakyan )?(na )?(sumusunod|nakasunod) (sa akin|"
        r"sakin|sa amin|samin)\b",
        r"\b(sinasaktan|sinaktan|binubugbog|binugbog|ginugulpi|ginulpi|sinusuntok|sinuntok|"
        r"sinisipa|sinipa|sinasampal|sinampal|sinasakal|sinakal)( niya| nya| nila| na naman|"
        r" nanaman| ulit| na| daw)* (ako|kami)\b(?! ng (likod|ulo|tiyan|ngipin|paa|tuhod|balakang|"
        r"katawan)\b)",
        r"\b(niya|nya|nila) (ako|akong|kami|kaming) (sinasaktan|sinaktan|binubugbog|binugbog|"
        r"ginugulpi|ginulpi|sinusuntok|sinuntok|sinisipa|sinipa|sinasampal|sinampal|sinasakal|"
        r"sinakal)\b",
        # pushed, hair pulled, stabbed: 「tinulak ako ng supervisor」
        r"\b(tinulak|itinulak|tinutulak|sinabunutan|sinasabunutan|hinampas|hinahampas|binato|"
        r"binabato|binatukan|tinadyakan|tinatadyakan|sinaksak|tinaga|binaril|kinaladkad|"
        r"kinakaladkad)( niya| nya| nila)? (ako|kami)\b",
        r"\b(niya|nya|nila) (ako|kami) (tinulak|itinulak|tinutulak|sinabunutan|hinampas|binato|"
        r"binatukan|tinadyakan|sinaksak|tinaga|binaril|kinaladkad)\b",
        # 「papatayin daw niya ako」, not 「papatayin ako ng nanay ko pag na-late ako」
        r"\bpapatayin (daw )?(niya |nya |nila )?(daw )?(ako|kami)\b" + _BIRO,
        r"\b"
        + _BANTA
        + _BIRO
        + r"(?! (ko|kita|mo)\b)[^.!?,\n]{0,30}?\b(ako|kami|tayo|ang (mga )?(binti|"
        r"paa|braso|daliri|kamay|mukha|tuhod|pamilya|anak|asawa|nanay|tatay|mga anak|"
        r"bahay) (ko|namin)|(ang )?(pamilya|anak|mga anak) (ko|namin))\b" + _BIRO,
        r"\b(niya|nya|nila|daw|raw)( daw| raw)? (ako|kami) (babaliin|babalian|sasaktan|bubugbugin|"
        r"gugulpihin|tatagain|sasaksakin|babarilin|susunugin|tatapusin|papatayin|sasakalin)\b",
        r"\b(babalik|babalikan|pupunta|darating|pupuntahan)\b[^.!?\n]{0,50}\b(para|upang|"
        r"at) (tapusin|patayin|saktan|bugbugin|turuan ng leksyon)\b(?! (ang|yung|ung) (trabaho|"
        r"gawa\w*|pag-?aayos|pintura|renovation|repair|project))",
        r"\bpinagbantaan (niya |nya |nila )?(ako|akong|kami|kaming)\b",
        r"\b(may (hawak na )?|hawak (niya |nya )?(ang |yung )?|dala (niya |nya )?(ang |yung )?|"
        r"naglabas (siya |sya )?ng )(kutsilyo|itak|baril|patalim|gulok|"
        r"martilyo)\b[^.!?\n]{0,50}\b(nagwawala|lasing|galit|sumisigaw|papatayin|sasaksakin|takot|"
        r"tinututok|tinutok|pinagbabantaan)\b",
        r"\b(nagwawala|lasing|galit na galit|sumisigaw)\b[^.!?\n]{0,50}\b(may (hawak na )?|"
        r"hawak (niya |nya )?(ang |yung )?|naglabas (siya |sya )?ng )(kutsilyo|itak|baril|patalim|"
        r"gulok|martilyo)\b",
        r"\b(inaabuso|inabuso|minamaltrato|minaltrato) (niya |nya |nila )?(ako|kami)\b",
        r"\bkarahasan sa (tahanan|bahay|pamilya)\b",
        r"\b(nananakit|nambubugbog|nanggugulpi) (ang|si) (asawa|mister|misis|partner|kinakasama|"
        r"live-in|boyfriend|bf|girlfriend|gf)\b",
        r"\b(asawa|mister|misis|partner|kinakasama|live-in|boyfriend|bf) ko (ay )?(nananakit|"
        r"nambubugbog|nanggugulpi)\b",
        # followed, waited for, the door forced
        r"\b(inaabangan|inabangan|sinusundan|sinundan|sinusundan[- ]?sundan|ini-?stalk|inistalk|"
        r"ina-?abangan|minamanmanan)( na| daw| niya| nya| nila)*( ng [\w-]+)? (ako|"
        r"kami)\b(?! sa (ig|fb|facebook|instagram|tiktok|twitter|social media))",
        r"\b(sinusundan|sinundan|inaabangan|inabangan) (ako|kami) (ng|nang)\b(?! (tingin))",
        r"\b(nag-?aabang|nakaabang)\b[^.!?\n]{0,30}\bsa (labas|harap|tapat) (ng )?(dorm|bahay|"
        r"apartment|pinto|kwarto|kuwarto|trabaho|kompanya|company|school|eskwelahan|gate|building|"
        r"danchi)\b",
        r"\b(mga lalaki|lalaking (hindi|di) ko kilala|estranghero|loan shark|yakuza|nagpapautang|"
        r"ex ko|mga tauhan)\b[^.!?\n]{0,30}\b(naghihintay|nakatayo|nakaparada|nakatambay|"
        r"nag-?aabang|nakaabang)\b[^.!?\n]{0,20}\bsa (labas|harap|tapat)\b",
        r"\b(kinakalampag|kinalampag|sinisipa|sinipa|binabalya|binalya|pinupukpok|kinakalabog|"
        r"pinipilit (na )?(buksan|pasukin|sirain)|sinisira|sinira|pinipihit|"
        r"pumipihit)\b[^.!?\n]{0,20}\b(pinto|pintuan|door|doorknob|seradura|bintana)\b",
        r"\b(pinipilit|sinusubukang?) (na )?(pumasok|buksan ang pinto|pasukin)\b",
        r"\b(takot|natatakot)( ako| kami)? (para )?sa (buhay|kaligtasan) (ko|namin|ng (anak|"
        r"mga anak) ko)\b",
        r"\b(hindi|di) (ako|kami) ligtas (sa bahay|dito|ngayon|ngayong gabi|sa kanya|sa kaniya|"
        r"sa asawa ko)\b",
        # fled tonight, hiding from him
        r"\b(tumakas|nakatakas|lumayas)( na)? (ako|kami)\b[^.!?\n]{0,40}\b(ngayong gabi|"
        r"ngayon lang|kanina|ngayon|mamaya|kagabi|walang (matutuluyan|matutulugan|mapuntahan))\b",
        r"\btinakasan (ko|namin)\b[^.!?\n]{0,40}\b(ngayong gabi|ngayon lang|kanina|ngayon|mamaya|"
        r"kagabi|walang (matutuluyan|matutulugan|mapuntahan))\b",
        r"\b(ngayong gabi|ngayon lang|kanina)\b[^.!?\n]{0,20}\b(tumakas|nakatakas|"
        r"lumayas)( na)? (ako|kami)\b",
        r"\b(tinututukan|tinutukan|tinutok|tinututok)\b[^.!?\n]{0,30}\b(kutsilyo|baril|itak|"
        r"patalim|gulok|knife|gun)\b",
        r"\b(lalaki|mga lalaki|tao|estranghero|ex ko|"
        r"lasing)\b[^.!?\n]{0,30}\bsa labas (ng )?(pinto|apartment|bahay|kwarto|kuwarto|dorm|"
        r"unit)\b[^.!?\n]{0,40}\b(kumakatok|sumisigaw|kinakalampag|ayaw umalis|nagwawala|takot|"
        r"may dala)\b",
        r"\bnagtatago (ako|kami)\b[^.!?\n]{0,30}\b(sa (kanya|kaniya|asawa|mister|partner|ex|"
        r"kinakasama|tatay|ama|amain)|mula sa|dahil)\b",
        r"\b(loan shark|5-6|five-six|bumbay|yamikin|yakuza|"
        r"nagpapautang)\b[^\n]{0,100}\b(pupuntahan (daw )?(ako|kami|ang pamilya)|"
        r"alam (daw )?nila kung saan|idadamay)\b",
        # sexual violence
        r"\b" + _HALAY + r"\b",
        # heard next door: a cry for help, blows
        r"\b(sumisigaw|sigaw|humihiyaw|umiiyak) (ng |nang )?(tulong|saklolo)\b",
        r"\b(kapitbahay|kabilang (kwarto|kuwarto|bahay|unit|pinto|apartment)|katabing (kwarto|"
        r"kuwarto|bahay|unit)|sa itaas|sa taas|sa baba)\b[^\n]{0,80}\b(binubugbog|sinasaktan|"
        r"sinasampal|ginugulpi|sinasakal|sinusuntok)\b",
        r"\b(parang|mukhang|tunog)\b[^.!?\n]{0,20}\b(binubugbog|sinasaktan|sinasampal|ginugulpi|"
        r"sinasakal|pinapatay)\b",
    ),
    "child_danger": (
        # A young child alone now, into the night (「mag-isa sa bahay ang 3 taong gulang kong
        # anak ngayong gabi」).
        all_of(
            r"\b[0-6] (na )?(taong gulang|taon|years? old|yrs? old)\b|\b(sanggol|baby|paslit)\b",
            r"\b(mag[- ]?isa|nag-?iisa|naiwang? mag[- ]?isa|walang (kasamang )?(matanda|adult))\b",
            r"\b(ngayong gabi|buong gabi|mamayang gabi|night shift|sa gabi|walang (kasamang )?"
            r"(matanda|adult))\b",
        ),
        r"\b(sinasaktan|sinaktan|binubugbog|binugbog|ginugulpi|ginulpi|sinusuntok|sinuntok|"
        r"sinisipa|sinipa|sinasampal|sinampal|sinasakal|sinakal|pinapaso|pinaso|inaabuso|inabuso|"
        r"minamaltrato|minaltrato)( niya| nya| nila| ng [a-z-]+( ko| namin| niya| nya)?)? (ang|"
        r"si) (aking |mga )?(anak|bata|baby|sanggol|apo)\b",
        r"\b(anak|bata|baby|sanggol|apo) (ko|namin) (ay )?(sinasaktan|binubugbog|ginugulpi|"
        r"sinasampal|pinapaso|inaabuso|minamaltrato)\b",
        r"\b(pang-?aabuso|pag-?abuso|pagmamaltrato) sa (bata|mga bata|anak|kabataan)\b",
        r"\b(iniwan|iniiwan|naiwan|naiiwan) (ang|si) (anak|bata|baby|sanggol)( ko| namin)? (nang |"
        r"ng |na )?mag-?isa\b",
        r"\b(anak|bata|baby|sanggol) (ko |namin )?(ay )?(hindi|di) (na )?(humihinga|makahinga)\b",
        r"\bnasa panganib (ang|si) (anak|bata|baby|sanggol|apo)\b",
        # with the one who hurts, now
        r"\b" + _KIN + r"\b[^.!?\n]{0,40}\b(kasama|kasamang|naiwan (kay|kasama|"
        r"sa))\b[^.!?\n]{0,40}\b(lasing|nananakit|nambubugbog|nang-?aabuso|mapanakit|bayolente|"
        r"galit na galit|may kutsilyo|nagwawala)\b",
        r"\b(pinagbubuhatan|pinagbuhatan|binubuhatan|binuhatan) (ng|nang) kamay\b[^.!?\n]{0,40}\b"
        + _KIN
        + r"\b",
        r"\b" + _KIN + r"\b[^.!?\n]{0,40}\b(pinagbubuhatan|pinagbuhatan|binubuhatan|binuhatan) (ng|"
        r"nang) kamay\b",
        # sexual abuse told by a child, or of a child (either order)
        r"\b(" + _KIN + r"|" + _MATANDA + r")\b[^\n]{0,80}\b" + _HALAY + r"\b",
        r"\b" + _HALAY + r"\b[^\n]{0,80}\b(" + _KIN + r"|" + _MATANDA + r")\b",
        # missing, not home tonight
        r"\b(nawawala|(hindi|di) (ko|namin) (mahanap|makita)) (ang |si |yung |ung )?(aking |mga )?"
        + _KIN
        + r"\b(?!( ko| kong|ng| namin)? (form|papel|record|birth|passport|id|card|gamit|bag|"
        r"laruan))",
        r"\b(" + _KIN + r"|" + _MATANDA + r")\b[^\n]{0,80}\b(sinasaktan|binubugbog|sinasampal|"
        r"ginugulpi|pinapaso|inaabuso|minamaltrato)( daw| raw)? (siya|sya|sila)\b",
        r"\b" + _KIN + r"\b[^.!?\n]{0,20}\b(ay )?nawawala\b",
        r"\b((hindi|di|hnd) (pa )?(umuuwi|umuwi|bumabalik|bumalik|nakakauwi|nakauwi)|"
        r"wala pa)\b[^.!?\n]{0,30}\b" + _KIN + r"\b(?=[^\n]{0,80}\b" + _ORAS_NG_GABI + r"\b)",
        r"\b" + _KIN + r"\b[^.!?\n]{0,30}\b(hindi|di|hnd) (pa )?(umuuwi|umuwi|bumabalik|bumalik|"
        r"nakakauwi|nakauwi)\b(?=[^\n]{0,80}\b" + _ORAS_NG_GABI + r"\b)",
        # a baby shaken (either order)
        r"\b(inalog|inaalog|niyugyog|niyuyugyog|ini-?shake|shinake|sinhake|"
        r"inalog-?alog)\b(?![^.!?\n]{0,25}\b(bote|gatas|formula|dede|laruan|duyan|"
        r"kuna)\b)[^.!?\n]{0,40}\b(baby|sanggol|beybi|bunso)\b",
        r"\b(baby|sanggol|beybi|bunso)\b[^.!?\n]{0,25}\b(inalog|inaalog|niyugyog|niyuyugyog|"
        r"ini-?shake|shinake|sinhake)\b",
        # swallowed (either order)
        r"\b"
        + _KIN
        + r"\b[^.!?\n]{0,50}\b"
        + _LUNOK
        + r"\b[^.!?\n]{0,25}\b("
        + _LASON
        + r"|"
        + _GAMOT_NG_IBA
        + r")",
        r"\b" + _LUNOK + r"\b[^.!?\n]{0,25}\b(" + _LASON + r"|"
        r"" + _GAMOT_NG_IBA + r")\b[^.!?\n]{0,30}\b" + _KIN + r"\b",
        r"\b"
        + _LUNOK
        + r"\b[^.!?\n]{0,20}\b(ng|ni) (ang )?(aking )?"
        + _KIN
        + r"\b[^.!?\n]{0,30}\b("
        + _LASON
        + r"|"
        + _GAMOT_NG_IBA
        + r")",
        # left alone for days, locked out
        r"\b" + _KIN + r"\b[^\n]{0,80}\b(mag-?isa|nag-?iisa|walang kasama|iniwan|naiwan|pinabayaan|"
        r"walang pagkain)\b[^.!?\n]{0,40}\b" + _ARAW + r"\b",
        r"\b(iniwan|iniiwan|pinabayaan)\b[^.!?\n]{0,40}\b"
        + _KIN
        + r"\b[^.!?\n]{0,40}\b"
        + _ARAW
        + r"\b",
        r"\b" + _ARAW + r"\b[^.!?\n]{0,20}\b(wala|hindi umuuwi|di umuuwi) (ang |si )?(nanay|tatay|"
        r"magulang|mama|papa)\b",
        r"\b" + _ARAW + r"\b[^.!?\n]{0,20}\b(mag-?isa|nag-?iisa|walang kasama|naiwan|iniwan|"
        r"pinabayaan|walang pagkain)\b[^.!?\n]{0,30}\b" + _KIN + r"\b",
        r"\b" + _KIN + r"\b[^.!?\n]{0,60}\b(ikinulong|kinulong|kinandado|ni-?lock|nilock|pinalabas|"
        r"isinara|nakakulong|naka-?lock)\b[^.!?\n]{0,30}\bsa (labas|balcony|balkonahe|veranda|"
        r"aparador|kotse|kalsada)\b",
        r"\b(ikinulong|kinulong|kinandado|ni-?lock|nilock|pinalabas|isinara)\b[^.!?\n]{0,30}\b"
        + _KIN
        + r"\b[^.!?\n]{0,30}\bsa (labas|balcony|balkonahe|veranda|aparador|kotse|kalsada)\b",
        # a parent who fears what they may do; who hurts now
        r"\b(baka|natatakot|takot|gusto (ko )?(na |nang )?|parang|mapigilan|mapigilang|pigilan|"
        r"matukso)\b[^.!?\n]{0,25}\b(masaktan|saktan|sasaktan|mapatay|patayin|papatayin|sakalin|"
        r"masakal|itapon|ihagis|ibato|alugin|lunurin|paluin|sampalin|bugbugin|mabugbog|mapalo)( ko|"
        r" ko na)? (na )?(ang |si |yung |ung )?(aking |mga )?" + _KIN + r"\b",
        r"\b(sinasaktan|sinaktan|binubugbog|binugbog|sinasampal|sinampal) ko (na )?(ang |si |"
        r"yung )?(aking )?(anak|baby|sanggol)\b",
        # a child next door crying, and blows
        r"\b" + _KIN + r"\b[^.!?\n]{0,40}\b(umiiyak|iyak nang iyak|sumisigaw|"
        r"nagmamakaawa)\b[^\n]{0,60}\b(pinapalo|pinalo|hinahampas|sinasampal|sinasaktan|kalabog|"
        r"nagmamakaawa|tama na po|sorry po|ayoko na po|sa labas)\b",
    ),
    "medical_emergency": (
        r"\b(hindi|hnd|di|d) (na )?(ako |siya |sya |sila )?(na )?(makahinga|humihinga)\b",
        r"\bhirap (na )?(siyang |syang |akong )?(huminga|makahinga)\b",
        r"\b(tumigil|huminto) (na )?(ang |sa )?(kanyang |kaniyang )?paghinga\b",
        r"\b(nawalan|nawalan na) (siya |sya )?ng malay\b",
        r"\bwala(ng)? (nang |na )?malay\b",
        r"\b(nahimatay|hinimatay|nawalan ng ulirat)\b",
        r"\b(inaatake|inatake|inatake na) (siya |sya )?(sa|ng) (puso|stroke|istrok)\b",
        r"\b(dumudugo|nagdudugo) (nang |ng )?(husto|malala|sobra|marami|hindi tumitigil)\b",
        r"\b(nangingisay|kinukumbulsyon|kinokombulsyon|nagkukumbulsyon)\b",
        # not 「sana di na magising」 (a wish to die) nor 「matulog nang di na magising」
        r"(?<!sana )(?<!nang )(?<!ng )\b(hindi|di|d|ayaw) (na |nang )?(siya |sya )?(magising|"
        r"gumigising|nagigising|magisingan)\b",
        r"\bbigla(ng)? (siyang |syang |na lang |nalang )?(bumagsak|natumba|nag-?collapse)\b",
        # stroke signs: 「tumabingi ang mukha」「biglang bulol magsalita」
        r"\b(tumabingi|tabingi|ngiwi|ngumiwi|nakangiwi|lumaylay|laylay|nakalaylay|"
        r"lumuylay)\b[^.!?\n]{0,20}\b(mukha|bibig|labi|ngiti)\b",
        r"\b(mukha|bibig|labi|ngiti)\b[^.!?\n]{0,20}\b(tumabingi|tabingi|ngiwi|ngumiwi|nakangiwi|"
        r"lumaylay|nakalaylay|lumuylay)\b",
        r"\b(nanghina|nanghihina|namanhid|namamanhid|lumaylay|"
        r"hindi maigalaw)\b[^.!?\n]{0,20}\b(kalahati|isang (side|bahagi|gilid)) ng (katawan|"
        r"mukha)\b",
        r"\bbigla(ng)?\b[^.!?\n]{0,40}\b(hindi|di) (na )?(siya |sya )?(makapagsalita|makasalita|"
        r"makapag-?salita)\b",
        r"\bnangingitim (ang )?(labi|mukha) (ng|ni) (baby|sanggol|bata|anak|bunso|lolo|lola)\b",
        r"\b(kalahati|isang (side|bahagi|gilid)) ng (katawan|mukha)\b[^.!?\n]{0,30}\b(manhid|"
        r"namamanhid|(hindi|di) (gumagalaw|maigalaw)|paralisado|mahina|lumaylay)\b",
        r"\b(namamanhid|manhid|(hindi|di) maigalaw|paralisado)\b[^.!?\n]{0,30}\b(kalahati ng|"
        r"isang (side|bahagi|gilid) ng|kaliwang (bahagi|side)|kanang (bahagi|side))\b",
        r"\bbigla(ng)?\b[^.!?\n]{0,30}\b(bulol|utal|garil|hindi maintindihan|"
        r"malabo)\b[^.!?\n]{0,20}\b(magsalita|salita|pagsasalita)\b",
        r"\b(bulol|utal|garil|malabo) (na )?(siyang |syang )?(magsalita|ang salita|"
        r"ang pagsasalita)\b[^.!?\n]{0,40}\bbigla\b",
        r"\bbigla(ng)?\b[^.!?\n]{0,40}\b(hindi|di|d) (na )?(niya |nya |ko )?(maitaas|maigalaw|"
        r"maiangat|magalaw|maikilos)\b",
        r"\b(hindi|di|d) (na )?(niya |nya )?(maitaas|maigalaw|maiangat|"
        r"magalaw)\b[^.!?\n]{0,30}\b(braso|kamay|paa)\b[^\n]{0,60}\b(bigla|mukha|bulol|salita|"
        r"tabingi|ngiwi)\b",
        r"\b(baka|mukhang|parang|yata|ata|siguro)\b[^.!?\n]{0,15}\b(na-?stroke|nai-?stroke|"
        r"ini-?stroke|inii?stroke|stroke)\b",
        r"\b(na-?stroke|nai-?stroke|ini-?stroke|inii?stroke)( (siya|sya|ata|yata|ngayon|kanina|"
        r"bigla|na))+\b(?![^.!?\n]*\b(noong|nung|dati|last year|taon)\b)",
        # chest pain with breath or sweat (either order), not of long standing
        _HINDI_MATAGAL + r"\b" + _DIBDIB + r"\b[^\n]{0,80}\b" + _HINGAL + r"\b",
        _HINDI_MATAGAL + r"\b" + _HINGAL + r"\b[^\n]{0,80}\b" + _DIBDIB + r"\b",
        # confused and sweating, a diabetic (either order)
        r"\b" + _LITO + r"\b[^\n]{0,80}\b" + _ASUKAL + r"\b",
        r"\b" + _ASUKAL + r"\b[^\n]{0,80}\b" + _LITO + r"\b",
        # only moaning, not answering when called
        r"\b(umuungol|ungol) (na )?(lang|lng|nalang)\b|\bpuro ungol\b",
        r"\b(hindi|di) (na )?(siya |sya )?(sumasagot|tumutugon|nagre-?respond|nagre-?react|"
        r"dumidilat|gumagalaw)\b[^.!?\n]{0,10}\b(kahit|pag|kapag|kung)\b[^.!?\n]{0,15}\b(tinatawag|"
        r"niyuyugyog|ginigising|tinatapik|kinakausap|tawagin|yugyugin|gisingin)\b",
        r"\blagnat\b[^\n]{0,80}\b(lantang-?lanta|lupaypay|malata|(hindi|di) (na )?(magising|"
        r"sumasagot|dumidilat)|nangingisay|nagdedeliryo)\b",
        # fell and cannot get up, a blow to the head
        r"\b(nahulog|natumba|nadulas|bumagsak|nadapa|natisod|nalaglag|nahimatay|"
        r"tumumba)\b[^.!?\n]{0,50}\b((hindi|di|d) (na )?(siya |sya |ako )?(makatayo|makabangon|"
        r"gumagalaw|makagalaw|maigalaw|tumatayo|bumabangon)|ayaw gumalaw|walang malay)\b",
        r"\b(nakahiga|nakahandusay|nakadapa|nakabulagta)\b[^.!?\n]{0,40}\b((hindi|"
        r"di) (na )?(gumagalaw|sumasagot|makatayo|humihinga)|walang malay|dumudugo|duguan)\b",
        r"\b(nakahandusay|nakabulagta)\b[^.!?\n]{0,25}\bsa (sahig|kalsada|daan|banyo|cr|hagdan)\b",
        r"\b(tumama|nauntog|nabagok|nabagsak) (ang )?(ulo|sa ulo)\b[^\n]{0,80}\b(sumusuka|"
        r"nagsusuka|nagsuka|inaantok|antok na antok|nalilito|dumudugo|walang malay|(hindi|di|"
        r"ayaw) (na |nang )?(magising|sumasagot)|nangingisay)\b",
        # bleeding that does not stop
        r"\b(ang dami(ng)?|sobrang dami(ng)?|napakaraming|maraming) dugo\b(?! (test|exam|"
        r"pressure))",
        r"\b(hindi|di|ayaw) (tumitigil|tumigil|mapigilan|maampat|maawat|"
        r"humihinto) (ang )?(pagdurugo|dugo|pag-?dugo)\b",
        r"\b(pagdurugo|dugo)\b[^.!?\n]{0,15}\b(hindi|di|ayaw) (tumitigil|tumigil|mapigilan|maampat|"
        r"huminto|humihinto)\b",
        r"\b(duguan|naliligo sa (sariling )?dugo|bumubulwak ang dugo|sumisirit ang dugo)\b",
        r"\b(sumusuka|nagsusuka|nagsuka|umuubo|inuubo|sumuka) (ng |nang )?dugo\b",
        r"\b(dumudugo|nagdudugo)\b[^.!?\n]{0,25}\b(ayaw tumigil|di tumitigil|hindi tumitigil|"
        r"walang tigil)\b",
        # seizures, poison, choking, turning blue
        r"\b(nagse-?seizure|nag-?seizure|nagseseizure|nagkaka-?seizure|kinokumbulsyon|"
        r"kinukombulsiyon|nagkokombulsyon|nagkukumbulsiyon|nangisay|bumubula ang bibig|"
        r"bumula ang bibig|may bula (sa|ang) bibig|nanigas ang (buong )?katawan)\b",
        r"\b" + _LUNOK + r"\b[^.!?\n]{0,25}\b(lason|bleach|zonrox|clorox|muriatic|kerosene|gaas|"
        r"pesticide|insecticide|baygon|raid|thinner|panlinis|detergent|baterya|button battery|"
        r"haiter)\b",
        r"\bnabubulunan\b|\bnabulunan (ang |si |yung |ung )?(baby|sanggol|bata|anak|lolo|lola|"
        r"nanay|tatay|beybi)\b",
        r"\b(mochi|pagkain|kendi|candy|ubas|barya|laruan|karne)\b[^.!?\n]{0,20}\b(nakabara|naipit|"
        r"bumara|stuck)\b[^.!?\n]{0,10}\b(lalamunan|lalamonan)\b",
        r"\b(nangangasul|nagkukulay (asul|blue|violet|ube)|nagiging (asul|blue|violet|kulay (asul|"
        r"blue|ube|violet))|naging (asul|blue|violet|kulay (asul|blue|ube|violet))|kulay (asul|"
        r"blue|violet|ube))\b[^.!?\n]{0,20}\b(labi|mukha|balat|baby|sanggol|bata)\b",
        r"\b(labi|mukha|baby|sanggol)\b[^.!?\n]{0,20}\b(nangangasul|nangingitim|nagkukulay (asul|"
        r"blue|violet|ube)|nagiging (asul|blue|violet|kulay)|naging (asul|blue|violet|kulay)|"
        r"kulay (asul|blue|violet|ube))\b",
    ),
}
NOT_BEFORE: Final[str] = (
    r"\b((hindi|hnd|di|wag|huwag)( (na|naman|ko|ako|ka|kang|niya|nya|siya|sya|kami|nila|daw|raw|po|"
    r"pa))*|ayoko(ng)?|ayaw ko(ng)?)\s*$"
)
# A sentence that tells the danger as long past and over: 「Noong 2019 sinubukan kong
# magpakamatay, pero okay na ako ngayon」「Dati akong binubugbog ng ex ko, hiwalay na kami」
# (and not 「…at ngayon ay nangyayari ulit」).
_NOON: Final = (
    r"((\d+|isang|dalawang|tatlong|apat na|limang|anim na|pitong|walong|siyam na|sampung|ilang|"
    r"maraming) (taon|buwan|years?|yrs?|months?)( na)?( ang)? (nakalipas|nakakalipas|nakaraan|"
    r"nakakaraan|ago)|(noong|nung|nuong) (isang taon|nakaraang taon|nakaraang buwan|bata (pa )?ako|"
    r"dalaga (pa )?ako|binata (pa )?ako|high school|hs|college|estudyante|nasa (pinas|pilipinas)|"
    r"(19|20)\d\d)|nakaraang taon|last year|(years|months) ago|dati|noon|nuon|nung una|matagal na)"
)
_AYOS: Final = (
    r"((okay|ok|okey|ayos|maayos|mabuti|magaling|masaya|safe|ligtas|stable|better|fine|maganda|"
    r"malakas) na (ako|siya|sya|kami|sila|rin|din|po|ang (buhay|lagay|kalagayan|pakiramdam) (ko|"
    r"niya|nya|namin))|(ako|siya|sya|kami|sila) (ay )?(okay|ok|ayos|maayos|mabuti|magaling|masaya|"
    r"ligtas|safe) na|naka-?recover|nakarekober|gumaling|magaling na|hiwalay na|naghiwalay|"
    r"nakipaghiwalay|hiniwalayan|annulled|na-?annul|wala na (siya|sya) sa (buhay|piling) (ko|namin|"
    r"niya|nya)|(hindi|di) na (niya|nya) (ako |kami )?(sinasaktan|ginagalaw)|tapos na (yun|yon|"
    r"iyon|ang lahat|lahat)|nakaraan na (yun|yon|iyon)|lumipas na|malayo na (ako|kami)|(gusto|"
    r"nais) (ko|kong|kung) (nang |na )?(mag-?volunteer|tumulong)|nagpapagamot|nagpa-?counsel\w*|"
    r"may counselor|nakaligtas|nailigtas)"
)
OVER: Final[str] = (
    r"^(?=.*\b" + _NOON + r"\b)(?=.*\b" + _AYOS + r"\b)(?!.*\b(ulit|uli|na naman|nanaman|pa rin|"
    r"parin|pa din|padin|ngayong gabi|ngayon mismo|mismo ngayon|kanina|ngayon lang|again|still|"
    r"right now)\b)"
)
# The middle band (see `nlu.crisis_cues.en.WORRY`).
WORRY: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(mamatay|(?<!patay na )patay(?! na patay)|magpakamatay|pagpapakamatay|tapusin ko na|"
        r"ayoko na|(di|hindi) ko na kaya|sumuko|mawala na lang|maglaho|laslas|tumalon|magbigti|"
        r"pagod na (ako )?(sa buhay|mabuhay)|paalam sa inyo)\b",
        r"\b(pabigat|pasanin|wala(ng)? (nang |na )?(silbi|saysay|kwenta|kuwenta|halaga)|"
        r"para saan pa|ano pa(ng)? (silbi|saysay|kwenta)|sana (di|hindi) na (ako )?magising|"
        r"matulog (na )?(lang )?(habang ?buhay|forever)|suko na|sawa na|pagod na pagod na ako|"
        r"ayoko na talaga|(di|hindi|d) ko na (kaya|keri|kakayanin)|mas (mabuti|ok|okay|masaya|"
        r"magaan) (kung|pag|kapag) wala|(kapag|pag|kung) wala na ako|paalam (na )?(sa inyo|"
        r"sa inyong lahat|sa lahat|forever|habang ?buhay|mga mahal ko)|huling (mensahe|message|"
        r"text)|ipinamigay|pinamigay|lubid|\w*bigti|\w*laslas|nag-?cut|nagcucut|"
        r"sinasaktan ko (ang )?sarili|tatalon|nasa (bubong|tulay|rooftop|riles)|lason|"
        r"kunin (mo )?na ako|patawarin (nyo|niyo|ninyo) ako|sorry sa lahat|nakakapagod mabuhay|"
        r"walang gana(ng)? mabuhay)\b",
        r"\b" + _HINDI_MAKONTAK + r"\b[^\n]{0,100}\b(nag-?aalala|kinakabahan|takot|kakaiba|"
        r"malungkot|depress\w*|paalam|sorry|patawad|lubid|gamot)\b",
    ),
    "violence": (
        # a bare cry for help (「tulong」「tulungan nyo po ako」)
        r"^\W*(tulong|saklolo|tulungan (nyo|ninyo|mo) (po )?(ako|kami))"
        r"( po| naman| naman po| nyo po)?\W*$",
        r"\b(sinasaktan|sinaktan|saktan|binubugbog|bugbog|sinuntok|suntok|sinampal|sampal|sinipa|"
        r"sipa|sinakal|sakal|pinagbabantaan|banta|papatayin|kutsilyo|baril|itak|pulis|tumakas|"
        r"nagtatago|sumisigaw|abuso|karahasan)\b",
        r"\btakot (ako )?sa (kanya|kaniya|asawa)\b",
        r"\b(tinulak|itinulak|tinutulak|sinabunutan|hinampas|binato|binatukan|tinadyakan|sinaksak|"
        r"tinaga|binaril|kinaladkad|sinusundan|sinundan|inaabangan|nag-?aabang|nakaabang|"
        r"naghihintay sa labas|kumakatok|kinakatok|kinakalampag|pinipilit (buksan|pumasok)|"
        r"babalikan|babaliin|babalian|tatapusin|sasaktan|bubugbugin|gugulpihin|sasaksakin|"
        r"babarilin|susunugin|5-6|bumbay|lasing at (galit|nagwawala|nananakit)|nagwawala|"
        r"nagbabasag|nambabato|nananakit|may pasa|pasa|takot (na takot )?ako (sa|kay)|(hindi|"
        r"di) (ako|kami) ligtas|delikado (ako|kami)|lumayas (kami|ako)|sigaw|kalabog|saklolo|"
        r"ginahasa|hinipuan|hinihipuan|minolestya|minolestiya)\b",
    ),
    "child_danger": (
        r"\b" + _KIN + r"\b[^.!?\n]{0,50}\b(nawawala|(hindi|di) (pa )?(umuuwi|umuwi)|mag-?isa|"
        r"nag-?iisa|sinaktan|binugbog|napaso|(hindi|di) humihinga|panganib|delikado|umiiyak|"
        r"iyak nang iyak|nakalunok|nalunok|nainom|nakainom|naiwan|pinabayaan|ikinulong|kinulong|"
        r"walang pagkain|ilang araw|inalog|niyugyog|hinihipuan|hinipuan|takot (siya|sya) sa|"
        r"ayaw umuwi|pasa|pinalo|sinampal|nahulog)\b",
        # alone said first (「mag-isa ang anak ko sa bahay ngayong gabi」)
        r"\b(mag-?isa|nag-?iisa|naiwang? mag-?isa|naiwan)( lang| na)? (ang|si|yung|ung) "
        r"(aking |mga )?" + _KIN + r"\b",
        r"\b(baka (masaktan|saktan|mapalo) ko|(di|hindi) ko na (mapigilan|mapigil)|"
        r"nakalunok ng (baterya|battery|barya)|zonrox|clorox|muriatic|baterya)\b",
        r"\bkapitbahay\b[^.!?\n]{0,40}\b(bata|anak|baby)\b[^.!?\n]{0,30}\b(iyak|umiiyak|sigaw|"
        r"sumisigaw)\b",
    ),
    "medical_emergency": (
        r"\b(ambulansya|hinga|humihinga|hinimatay|nahimatay|walang malay|nawalan ng malay|bumagsak|"
        r"natumba|nahulog|dugo|dumudugo|sakit sa dibdib|atake|kombulsyon|(hindi|di) gumagalaw|"
        r"(hindi|di) magising)\b",
        r"\b(tumabingi|ngiwi|ngumiwi|nakangiwi|lumaylay|bulol|namamanhid|manhid|"
        r"kalahati ng (katawan|mukha)|(sakit|masakit|sumasakit|naninikip|paninikip|kirot) (sa |ng |"
        r"ang )?dibdib|hinihingal|kinakapos|malamig na pawis|nalilito (siya|sya|si)|wala sa sarili|"
        r"asukal|mataas na lagnat|ilang araw nang (may )?lagnat|ungol|umuungol|(hindi|"
        r"di) (na )?(siya |sya )?(magising|makausap)|nadulas|nadapa|(hindi|di) makatayo|"
        r"tumama ang ulo|nauntog|nabagok|duguan|sumusuka ng dugo|nabulunan|nabubulunan|nangangasul|"
        r"nangingitim ang (labi|mukha)|nanigas|bumubula|lason|nakalunok|namamaga ang (mukha|"
        r"lalamunan|dila)|nalunod|lantang-?lanta|lupaypay)\b",
    ),
}
