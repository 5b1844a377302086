"""Crisis words in Filipino (fil): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it."""

from __future__ import annotations

from typing import Final

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\bininom ko (lahat|lahat ng|ang lahat ng) (gamot|tableta)\b",
        r"\bnaglaslas\b",
        r"\b(nilaslas|hiniwa|ginilitan|nilaslasan|laslasin|lalaslasin|hihiwain) ko (na )?"
        r"(ang |yung |ung )?(aking )?(pulso|braso)\b",
        r"\bg(u)?sto (ko|kong|ko nang|ko na|ko ng)( na)?( lang| lng| nalang|"
        r" nlng)? (mamatay|mamatay na|magpakamatay)\b",
        r"\b(mag|nag|pag)?(pa)?pakamatay\b(?! (ako |siya |sya |kami |sila )?sa (trabaho|"
        r"kakatrabaho|pagtatrabaho|pag-aaral))",
        r"\b(ayoko|ayaw ko)(ng| nang| na| ng)( na(ng)?)? (mabuhay|nang mabuhay)\b",
        r"\bwala(ng| nang| na)? (nang |na )?(dahilan|silbi) (para|upang) (mabuhay|"
        r"mabuhay pa)\b",
        r"\b(tapusin|tatapusin|wakasan|wawakasan|kitlin|kikitlin) (ko |na |"
        r"ko na )?(ang )?(aking |sariling )?buhay( ko)?\b",
        r"\b(patayin|papatayin|saktan|sasaktan|sinasaktan) (ko |niya |nya |na |"
        r"daw )*ang sarili (ko|niya|nya)\b",
        r"\b(mag|nag|magbi|nagbi)bigti\b",
        r"\bmas (mabuti|mabuting|maganda|magandang) pa(ng)? (mamatay|patay na)\b",
        r"\bsana (mamatay|patay) na( lang| lng| nalang)? (ako|ko)\b",
        # 「Gusto ko na lang mawala」: to be gone oneself, not a pain or a debt gone
        r"\bg(u)?sto (ko|kong)( na| nang)?( lang| lng| nalang| nlng)? mawala"
        r"(?= *(na lang|nalang|sa mundo|[.!?…,]|$))",
        r"\bsana mawala na( lang| lng| nalang)? ako\b",
    ),
    "violence": (
        r"\b(sinasaktan|sinaktan|binubugbog|binugbog|ginugulpi|ginulpi|sinusuntok|"
        r"sinuntok|sinisipa|sinipa|sinasampal|sinampal|sinasakal|sinakal)( niya| nya|"
        r" nila)? (ako|kami)\b",
        r"\b(niya|nya|nila) (ako|akong|kami|kaming) (sinasaktan|sinaktan|binubugbog|"
        r"binugbog|ginugulpi|ginulpi|sinusuntok|sinuntok|sinisipa|sinipa|sinasampal|"
        r"sinampal|sinasakal|sinakal)\b",
        r"\bpapatayin (daw )?(niya |nya |nila )?(daw )?(ako|kami)\b",
        r"\bpinagbantaan (niya |nya |nila )?(ako|akong|kami|kaming)\b",
        r"\b(inaabuso|inabuso|minamaltrato|minaltrato) (niya |nya |nila )?(ako|kami)\b",
        r"\bkarahasan sa (tahanan|bahay|pamilya)\b",
        r"\b(nananakit|nambubugbog|nanggugulpi) (ang|si) (asawa|mister|misis|partner|"
        r"kinakasama|live-in|boyfriend|bf|girlfriend|gf)\b",
        r"\b(asawa|mister|misis|partner|kinakasama|live-in|boyfriend|"
        r"bf) ko (ay )?(nananakit|nambubugbog|nanggugulpi)\b",
    ),
    "child_danger": (
        r"\b(sinasaktan|sinaktan|binubugbog|binugbog|ginugulpi|ginulpi|sinusuntok|"
        r"sinuntok|sinisipa|sinipa|sinasampal|sinampal|sinasakal|sinakal|pinapaso|pinaso|"
        r"inaabuso|inabuso|minamaltrato|minaltrato)( niya| nya| nila| ng [a-z-]+( ko|"
        r" namin| niya| nya)?)? (ang|si) (aking |mga )?(anak|bata|baby|sanggol|apo)\b",
        r"\b(anak|bata|baby|sanggol|apo) (ko|namin) (ay )?(sinasaktan|binubugbog|"
        r"ginugulpi|sinasampal|pinapaso|inaabuso|minamaltrato)\b",
        r"\b(pang-?aabuso|pag-?abuso|pagmamaltrato) sa (bata|mga bata|anak|kabataan)\b",
        r"\b(iniwan|iniiwan|naiwan|naiiwan) (ang|si) (anak|bata|baby|sanggol)( ko|"
        r" namin)? (nang |ng |na )?mag-?isa\b",
        r"\b(anak|bata|baby|sanggol) (ko |namin )?(ay )?(hindi|di) (na )?(humihinga|"
        r"makahinga)\b",
        r"\bnasa panganib (ang|si) (anak|bata|baby|sanggol|apo)\b",
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
        r"\b(hindi|di|d) (na )?(magising|gumigising|nagigising)\b",
        r"\bbigla(ng)? (siyang |syang |na lang |nalang )?(bumagsak|natumba|"
        r"nag-?collapse)\b",
    ),
}
NOT_BEFORE: Final[str] = (
    r"\b((hindi|hnd|di|wag|huwag)( (na|naman|ko|ako|ka|kang|niya|nya|siya|sya|kami|nila))*"
    r"|ayoko(ng)?|ayaw ko(ng)?)\s*$"
)
