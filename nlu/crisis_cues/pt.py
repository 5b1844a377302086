"""Crisis words in Português (pt): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it; `OVER`, a sentence that tells the
danger as long past and over.

Written as Brazilians in Japan type on a phone: 「n」「nn」 for não, 「vc」「q」「pq」「tb」
「ta」「to」 for está and estou, 「pra」, and Japanese words (「danchi」「apato」「hancho」)."""

from __future__ import annotations

from typing import Final

from nlu.crisis_cues.shapes import all_of

# A sign told as lasting, not sudden: 「desde o derrame」「por causa da tendinite」.
_LASTING: Final = (
    r"(?![^.!?\n]{0,50}\b(?:por causa|desde|faz (?:tempo|anos|meses)|ha (?:anos|meses)|tendinite|"
    r"artrite|artrose|reumatismo|ombro|sequelas?|nasceu)\b)"
)
_N: Final = r"(?:nao|n|nn|naum)"
# A child; 「bebe」 only with a word before it (「ele bebe」 is he drinks).
_KIN: Final = (
    r"(?:filh[oa]s?|criancas?|nenem|nene|bebezinh[oa]|menin[oa]s?|net[oa]s?|entead[oa]s?|"
    r"sobrinh[oa]s?|irmaozinho|irmazinha|cacula|(?:o|a|os|meu|minha|nosso|nossa|seu|sua|do|da|no|"
    r"na|ao|um|esse|essa) (?:bebes?|bb))"
)
# A grown-up a child may be in danger with.
_PERPETRATOR: Final = (
    r"(?:padrasto|madrasta|tio|vo|vovo|avo|primo|pai|papai|irmao|namorado da (?:minha )?mae|"
    r"marido da (?:minha )?mae|professor|treinador|vizinho)"
)
# A place to jump from, and words of an ending said there.
_HIGH_PLACE: Final = (
    r"(?:ponte|plataforma|trilhos?|linha do trem|telhado|terraco|laje|cobertura|beirada|parapeito|"
    r"viaduto|penhasco|precipicio|okujo|predio|edificio|janela|sacada|varanda)"
)
_ON_A_HIGH_PLACE: Final = (
    r"\b(?:to|tou|estou|ta|esta|estamos|subi|subiu|sentad[oa]|parad[oa]) (?:aqui )?(?:na|no|nos|"
    r"nas|em|sobre|em cima d[ao]|na beira d[ao]|no alto d[ao]|no topo d[ao]|"
    rf"na ponta d[ao]) (?:\w+ )?{_HIGH_PLACE}\b"
)
# 「pular o almoco」 is skipping a meal, not a jump.
_NOT_SKIPPING: Final = (
    r"(?! (?:o|a|os|as|um|uma|essa|esse|etapa|parte|almoco|janta|cafe|refeicao)\b)"
)
_ENDING: Final = (
    rf"\b(?:pular{_NOT_SKIPPING}|me jogar|me atirar|adeus|tchau (?:pra|para) sempre|"
    r"ultima (?:vez que (?:voces|vcs|vc|me|falo|escrevo)|mensagem)|acabar com (?:tudo|isso|"
    r"a minha vida)|me despedir|despedida|ninguem vai sentir|me perdoem|me perdoa|"
    rf"desculp\w* por tudo|{_N} aguento mais|chega pra mim|e o fim)\b"
)
# Someone out of reach: no answer, a phone off.
_UNREACHABLE: Final = (
    rf"\b(?:{_N} (?:atende|responde|visualiza|retorna|consigo (?:falar|contato|achar|encontrar|"
    r"contatar))|sumiu|desapareceu|celular (?:dele |dela )?(?:ta |esta )?desligado|"
    r"desligou o celular|ninguem sabe (?:onde|dele|dela)|ninguem consegue (?:falar|achar|"
    rf"encontrar|contato)|{_N} conseguimos (?:falar|achar|encontrar|contato))\b"
)
_SWALLOWED_THINGS: Final = (
    r"(?:baterias?|pilhas?|botao|moedas?|imas?|alvejante|agua sanitaria|candida|detergentes?|sabao|"
    r"lava-roupas|amaciante|veneno|cloro|desinfetante|thinner|querosene|gasolina|inseticida|"
    r"raticida|cigarros?|tabaco|soda caustica)"
)
_SWALLOWED: Final = r"(?:engoliu|engoli|comeu|bebeu|colocou na boca|pos na boca|ingeriu|tomou)"
# Fear, a weapon, a threat: what turns a man at the door into a danger.
_FEAR: Final = (
    r"\b(?:medo|socorro|faca|facas|facao|arma|armas|revolver|pistola|taco|ameac\w*|bebad[oa]s?|"
    r"drogad[oa]s?|escondid[oa]s?|me escondi|me tranquei|nos trancamos|gritando|me matar|me bater|"
    r"trancad[oa] no (?:banheiro|quarto))\b"
)
_AT_THE_DOOR: Final = (
    r"\b(?:(?:ta|esta|estao|tao|ficou|fica|ficam) (?:me )?(?:esperando )?(?:la |aqui )?(?:fora|"
    r"embaixo|na (?:minha |nossa )?porta|na frente d[aoe] \w+|do lado de fora|no portao|na saida)|"
    r"(?:me )?esperando (?:la |aqui )?(?:fora|embaixo|na porta|na saida|no portao|em frente))\b"
)
_AT_THE_HANDLE: Final = (
    r"\b(?:tentando|tenta|tentou|forcando|forcou|forca|mexendo na|mexeu na|girando|girou|sacudindo|"
    r"chutando|chutou|esmurrando|socando|arrombando|arrombou) (?:abrir |arrombar )?(?:a |"
    r"na )?(?:porta|macaneta|fechadura|janela|tranca)\b"
)
_BODY: Final = (
    r"(?:pernas?|bracos?|dedos?|cara|costelas?|cabeca|dentes|pescoco|maos?|joelhos?|ossos)"
)
# Who may be taken at their word when they say they will kill (not 「o chefe」「a mae」).
_THREATENER: Final = (
    r"(?:marido|esposo|namorado|ex|ex-marido|ex-namorado|alguem|homem|cara|caras|agiotas?|"
    r"cobrador(?:es)?|yakuza|bandidos?|padrasto|cunhado|(?:disse|diz|dizendo|falou|fala|gritou|"
    r"gritando|jurou|prometeu|escreveu|mandou (?:msg|mensagem) dizendo) (?:que|q)|ameac\w*)"
)
# Words that are a figure when they come just before 「vai me matar」.
_NOT_A_KILLER: Final = (
    r"(?<!calor )(?<!frio )(?<!dor )(?<!trabalho )(?<!saudade )(?<!conta )(?<!ansiedade )(?<!fome "
    r")(?<!fila )(?<!cansaco )(?<!chefe )(?<!mae )(?<!sensei )(?<!professor )(?<!professora "
    r")(?<!hancho )(?<!shacho )(?<!tencho )(?<!patrao )(?<!gerente )(?<!sogra )(?<!isso )(?<!prova "
    r")"
)
_TRIFLE_AFTER: Final = (
    r"(?! (?:se (?:eu )?(?:chegar|atrasar|esquecer|perder|nao (?:passar|terminar|entregar|limpar|"
    r"lavar)|quebrar|sujar|gastar)|quando (?:ver|vir|souber|descobrir|chegar)|de (?:rir|vergonha|"
    r"susto|raiva|tedio|saudade|fome|trabalhar|tanto|estudar|cansaco|trabalho)))"
)
_LOAN_SHARK: Final = r"\b(?:agiotas?|yamikin|yami kin|yakuza)\b"
_HURT_WORDS: Final = (
    r"\b(?:matar|quebr\w*|bater|espancar|machucar|queimar|furar|ameac\w*|sumir com|(?:pegar|"
    r"fazer algo com|fazer alguma coisa com) (?:meus|minha|meu|minhas|a minha|o meu))\b"
)
_NEXT_DOOR: Final = (
    r"\b(?:vizinh\w*|(?:apartamento|apato|quarto|casa) (?:do |ao |de )?lado|ao lado|parede)\b"
)
_BLOWS_HEARD: Final = (
    r"\b(?:batendo nel[ae]|batendo na (?:mulher|esposa|crianca|filh[oa])|espancando|apanhando|"
    r"socos|tapas|barulho de (?:tapa|soco|gente apanhando)|gritos? de dor|pancadaria|"
    r"gritos? e (?:o |a |um |uma )?(?:bebe|crianca|menin[oa]) chorando)\b"
)
# Crashes heard with screams: a fight, not a neighbour's noise.
_CRASHES: Final = (
    r"\b(?:pancadas?|batidas?|vidro quebrando|coisas? (?:quebrando|caindo|batendo|voando)|"
    r"barulho de (?:vidro|coisas?|briga))\b"
)
_SCREAMS: Final = r"\b(?:grit\w*|berr\w*|chor\w*|socorro)\b"
_HEARD: Final = (
    rf"(?:{_BLOWS_HEARD}|{_CRASHES}[^.!?\n]{{0,60}}{_SCREAMS}|{_SCREAMS}[^.!?\n]{{0,60}}{_CRASHES})"
)

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(?:tomei|tomou|engoli|engoliu|to tomando|estou tomando|tomando|vou tomar|vo tomar|"
        r"quero tomar|vai tomar) (?:todos os|todas as|muitos|muitas|um monte de|uma cartela|"
        r"a cartela|o vidro|a caixa|varias|varios|mtos|um vidro|uma caixa|um frasco|o frasco|mtas|"
        r"tudo de)\b[^.!?\n]{0,25}\b(?:remedios?|comprimidos?|pilulas?|calmantes?|rivotril|"
        r"soniferos?|medicamentos?|antidepressivos?|da caixa|do vidro)\b(?! (?:do dia|da manha|"
        r"da noite|certinho|na hora|direitinho|que o medico))",
        r"\b(?:tive|tomei|fiz|tomou|teve|fez) (?:uma )?overdose\b",
        r"\bcort(?:ar|ei|ou|ando|o|a) (?:os |o |meus |meu |seus |seu )?pulsos?\b",
        # self-harm said as a habit: 「me cortei de novo」「to me cortando」
        r"\b(?:(?:voltei|voltou|comecei|comecou) a (?:me|se) cortar|(?:me|se) cort(?:ei|ou|o|a|"
        r"ando) (?:de novo|denovo|outra vez|escondid[oa]|(?:n?os |n?as |meus |minhas )?(?:bracos?|"
        r"pulsos?|coxas?|pernas?))|(?:to|tou|estou|ando|esta|ta|anda) (?:me|se) cortando|(?:me|"
        r"se) (?:automutil\w*|mutil(?:o|ei|ou|ando)))\b",
        r"\b(?:quero|qro|kero|queria|quer|querendo|vontade de|desejo|pensando em|penso em|so quero|"
        r"melhor) (?:so |mesmo |mais e |e )?morrer?\b(?! de (?:rir|vergonha|saudade|fome|calor|"
        r"frio|sono|tedio|inveja|amor|medo|cansaco|raiva|curiosidade|ansiedade|vontade))",
        r"\b(?:vou|vo|quero|queria|penso em|pensando em|pensei em|vontade de|tentei|tentar|"
        r"tentando|coragem de|como|jeito de|decidi) me matar\b(?! de (?:trabalhar|estudar|rir))",
        r"\b(?:vai|ia|iria|quer|queria|tentou|tenta|pensa em|pensando em|falou em|fala em|ameaca|"
        r"ameacou|ameacando|disse que vai|falou que vai|decidiu) se matar\b(?! de (?:trabalhar|"
        r"estudar))",
        r"\b(?:vou|quero|vo|pensando em|penso em|tentei|tentou|tentar|vai|quer) (?:me|"
        r"se) enforcar\b|\bcorda (?:no|em volta do|ao redor do) pescoco\b",
        r"\bsuicid",
        r"\b(?:tirar|acabar com) (?:a )?minha (?:propria )?vida\b",
        # a wish not to be: 「dormir e n acordar mais」「queria nao ter nascido」
        rf"\b(?:dormir e {_N} acordar|{_N} acordar mais|nunca mais acordar|dormir (?:pra|"
        r"para) sempre|sumir (?:de vez|pra sempre|para sempre|desse mundo|deste mundo)|"
        rf"queria (?:nao |nunca )?ter nascido|{_N} (?:quero|queria) mais (?:existir|acordar|"
        rf"estar viv[oa])|{_N} (?:quero|queria) (?:existir|estar viv[oa])|"
        rf"{_N} queria ter nascido)\b",
        rf"\b{_N} (?:quero|aguento|consigo|suporto) (?:mais )?viver\b(?! (?:aqui|assim|com|em|no|"
        r"na|nesse|nessa|neste|nesta|sem|de|longe|perto|junto|sozinh))",
        # what is the point: 「pra que continuar vivendo」「n vejo sentido em viver」
        r"\b(?:qual (?:e |eh )?o sentido de (?:viver|continuar|seguir|estar viv[oa])|(?:pra|"
        r"para) que (?:eu )?(?:continuar |seguir |ficar )?viv(?:er|endo)|a vida (?:nao|n) (?:tem|"
        rf"faz) (?:mais )?(?:nenhum )?sentido|{_N} vejo (?:mais )?(?:sentido|motivo|razao) (?:em|"
        r"na|de|pra|para) (?:viver|vida|continuar viv\w+)|sem (?:motivo|razao) (?:pra|"
        r"para) viver)\b",
        r"\b(?:melhor|melhores|mais feliz|mais felizes|em paz) sem mim\b",
        # ending it all, a wish not to exist: 「vou acabar com tudo」「melhor se eu nao existisse」
        r"\b(?:vou|vo|quero|vontade de|pensando em|penso em|decidi) acabar com tudo\b(?! (?:o|a|os|"
        r"as|isso|do|da|dos|das|que)\b)|\b(?:hoje|hj|agora) (?:eu )?acabo com (?:tudo|isso|"
        r"a minha vida)\b",
        r"\bmelhor se eu (?:nao existisse|morresse|sumisse|nao estivesse (?:mais )?aqui|"
        r"nunca tivesse nascido|nao tivesse nascido)\b|\b(?:cansei|cansad[oa]) de (?:viver|existir|"
        r"estar viv[oa])\b",
        r"\b(?:remedios|comprimidos|corda|carvao)\b[^.!?\n]{0,60}\b(?:acabo|acabar|termino|"
        r"terminar) com (?:isso|tudo|a minha vida)\b",
        r"\b(?:carta|bilhete|mensage(?:m|ns)|msg|video|audio) de (?:despedida|adeus) (?:pra|para|"
        r"pros|pras|aos|as|a) (?:meus |minhas |minha |meu |a minha |o meu )?(?:filh[oa]s|familia|"
        r"mae|pai|pais|esposa|marido|todos|voces|vcs)\b",
        r"\b(?:disse|diz|dizendo|falou|fala|falando|escreveu|acha|achando) (?:que|"
        r"q) [^.!?\n]{0,40}\bmelhor sem (?:ele|ela)\b",
        # asking how: 「quantos comprimidos pra nao acordar」「qual andar e alto o suficiente」
        r"\b(?:quantos|quantas) (?:comprimidos|remedios|pilulas|caixas|"
        rf"cartelas)\b[^.!?\n]{{0,40}}\b(?:morrer|matar|overdose|fatal|letal|{_N} acordar)\b",
        r"\b(?:qual|que|quantos) (?:andar|andares|altura)\b[^.!?\n]{0,40}\b(?:morrer|suficiente|"
        r"fatal|sobreviver)\b|\b(?:dose|quantidade) (?:letal|fatal|mortal)\b",
        r"\b(?:jeito|forma|maneira|modo|metodo)\b[^.!?\n]{0,20}\b(?:morrer|me matar|"
        r"se matar)\b[^.!?\n]{0,25}\b(?:sem dor|rapid[oa]|facil|indolor|sem sofrer|garantid[oa]|"
        r"cert[oa])\b",
        # on a high place, with an ending: 「to na ponte. adeus」
        rf"{_ON_A_HIGH_PLACE}[\s\S]{{0,80}}{_ENDING}",
        rf"{_ENDING}[\s\S]{{0,80}}{_ON_A_HIGH_PLACE}",
        r"\b(?:pular|me jogar|se jogar|me atirar|se atirar|pulo|pulou|pulei) (?:d[aoe]|dess[ae]|"
        r"pela|pelo|no|na|em) (?:alto d[ao] )?(?:ponte|predio|janela|telhado|sacada|varanda|"
        r"viaduto|terraco|laje|cobertura|\d+o? andar|penhasco|rio)\b",
        r"\b(?:me|se) (?:jogar|atirar|joga|jogo|jogou|atirou) (?:na frente|embaixo|"
        r"debaixo) d[oe] (?:trem|metro|carro|caminhao|onibus)\b",
        # a goodbye, then no answer: 「mandou msg de despedida e n atende」
        r"\b(?:despedi\w*|adeus|tchau (?:pra|para) sempre|"
        rf"ultima mensagem)\b[\s\S]{{0,120}}{_UNREACHABLE}",
        rf"{_UNREACHABLE}[\s\S]{{0,120}}\b(?:despedi\w*|adeus|ultima mensagem)\b",
        # giving things away: 「dei minhas coisas, n vou precisar mais」
        r"\b(?:dei|doei|dando|doando|distribuindo|distribui|vou dar|deu|"
        r"doou)\b(?![^.!?\n]{0,80}\b(?:bebe|nenem|filh\w+|criancas?|servem|mudanca|mudando|"
        r"mudar|voltando|volta|sayonara|bazar|doacao|venda)\b)[^.!?\n]{0,40}\b(?:minhas|meus|"
        r"suas|seus|todas as|todos os) (?:\w+ )?(?:coisas|roupas|pertences|objetos|"
        rf"bens)\b[\s\S]{{0,80}}\b(?:{_N} vou (?:mais )?precisar|{_N} vai (?:mais )?precisar|"
        rf"{_N} vou (?:mais )?estar|quando eu (?:nao estiver|partir|me for)|adeus|despedi\w*|"
        r"cuidem)",
        r"\bcuid(?:em|a|e) (?:bem )?(?:d[oa]s? )?(?:meu|minha|meus|minhas) (?:gat[oa]s?|"
        r"cachorr[oa]s?|filh[oa]s?|plantas|pets?)\b[^.!?\n]{0,40}\b(?:por mim|"
        r"quando eu (?:nao estiver|partir|me for)|adeus|pra sempre)",
        r"\b(?:comprei|comprou|tenho|tem|arrumei|arrumou|peguei|pegou|separei|separou|amarrei|"
        r"amarrou|preparei|preparou) (?:uma |a |essa )?corda\b(?! (?:de|d|pra|para|do|da|"
        r"no) (?:varal|pular|escalada|roupa|violao|guitarra|barraca|amarrar|mudanca))",
        r"\bcarvao\b[^.!?\n]{0,60}\b(?:quarto|carro|banheiro)\b[^.!?\n]{0,40}\b(?:fechad[oa]|"
        r"vedad[oa]|vedar|fita|trancad[oa])",
        # a farewell: 「adeus… me perdoem」「obrigada por tudo, cuidem da mamae」
        r"\b(?:adeus|tchau|me despeco|me despedindo|"
        r"obrigad[oa] por tudo)\b[\s\S]{0,100}\b(?:me perdoem|desculp\w* por tudo|nao chorem|"
        r"nao fiquem tristes|nao me procurem|cuidem (?:bem )?d[aoe]s? (?:minha|meu|meus|minhas|"
        r"mamae|papai|mae|pai|criancas|filh\w+))\b",
        r"\b(?:me perdoem|desculp\w* por tudo|nao chorem|nao me procurem)\b[\s\S]{0,100}\b(?:adeus|"
        r"tchau (?:pra|para) sempre|me despeco)\b",
        r"\b(?:dar|por|dou) (?:um )?fim (?:a|na|em) (?:minha )?(?:propria )?vida\b",
        r"\b(?:vou|vo|quero|pensando em|penso em|vontade de|coragem de|coragem pra) (?:pular|"
        rf"me jogar|me atirar)\b{_NOT_SKIPPING}[\s\S]{{0,60}}\b(?:trem|{_HIGH_PLACE}|"
        r"\d+o? andar)\b",
        rf"\b(?:trem|{_HIGH_PLACE}|\d+o? andar)\b[\s\S]{{0,60}}\b(?:vou|vo|quero|pensando em|"
        r"penso em|vontade de|coragem de|coragem pra) (?:pular|me jogar|"
        rf"me atirar)\b{_NOT_SKIPPING}",
        r"\bcarvao\b[^.!?\n]{0,80}\b(?:vedar|vedad[oa]|fechad[oa] no|trancad[oa] no)\b",
    ),
    "violence": (
        r"(?<!sol )(?<!vento )\bme (?:bate|bateu|agride|agrediu|espanca|espancou|enforca|enforcou|"
        r"estrangul(?:a|ou)|esgan(?:a|ou)|soc(?:a|ou)|chut(?:a|ou)|esfaque(?:a|ou)|arrastou|"
        r"deu (?:um |uns |uma )?(?:soco|socos|tapa|tapas|chute|chutes|murro|murros|surra|facada|"
        r"tiro|cabecada|paulada)|empurr(?:a|ou) (?:contra|no chao|na parede|da escada|"
        r"escada abaixo|pela escada))\b(?! (?:uma |a |um )?(?:saudade|vontade|fome|sono|tristeza|"
        r"preguica|duvida|ansiedade|inseguranca|desespero|cansaco|medo|panico|calor|frio|sede|bad|"
        r"depre)| (?:nas costas|no ombro)| (?:no|na|de) (?:jogo|game|videogame|xadrez|truco|"
        r"futebol|corrida|partida|baralho|domino))",
        r"\b(?:apert(?:ou|a|ando) (?:o )?meu pescoco|(?:pegou|agarrou|segurou|pega|agarra|puxou|"
        r"puxa|me pegou|me agarrou|me segurou|me puxou) (?:pelo|pela|no|na) (?:meu |"
        r"minha )?(?:pescoco|garganta|cabelo)|maos? no meu pescoco)\b",
        r"\bviolencia domestica\b",
        r"\bameac(?:a|ou|ando|aram|am|ava) (?:de |que vai |que vao )?(?:me |nos )?(?:matar|bater|"
        r"espancar|esfaquear|queimar|furar|quebrar|machucar)\b",
        # 「vai me matar」 from someone who can: not 「o chefe vai me matar se eu chegar atrasado」
        r"(?:\b(?:ele|ela|eles|elas) |"
        rf"\b{_THREATENER}\b[^.!?\n]{{0,30}})(?:ainda )?{_NOT_A_KILLER}(?:vai|vao|quer|querem|vem|"
        r"prometeu|jurou)(?: (?:amanha|hoje|hj|agora|aqui|hoje a noite|de noite|mais tarde|"
        r"ja))? (?:(?:me|nos) matar|matar (?:a gente|todo mundo|todos nos|(?:as|os|meus|minhas|"
        rf"nossos|nossas) (?:criancas|filh[oa]s)))\b{_TRIFLE_AFTER}",
        # who says he will end me: 「falou que vai acabar comigo」
        rf"(?:\b(?:ele|ela|eles) |\b{_THREATENER}\b[^.!?\n]{{0,50}})(?:vai|vao|"
        r"vem) (?:acabar comigo|acabar com a gente|me acabar|me dar uma surra|me arrebentar|"
        r"me espancar|me furar)\b",
        # a weapon in hand: 「me ameacou com uma faca」「ele ta com uma faca」
        r"\b(?:ameac\w*|apontou|apontando|veio pra cima de mim|"
        r"partiu pra cima de mim)(?: \w+)? com (?:uma |a |um |o )?(?:faca|facao|arma|revolver|"
        r"pistola|tesoura|navalha|canivete)\b",
        r"\b(?:ele|ela|marido|ex|namorado|alguem|homem|cara|bebado)\b[^.!?\n]{0,20}\b(?:ta|esta|"
        r"apareceu|veio|chegou|entrou) com (?:uma |um )?(?:faca|facao|arma|revolver|pistola)\b",
        # breaking in: 「um homem tentando entrar no meu quarto」
        r"\b(?:alguem|homem|cara|estranho|ele|eles|ex|marido|bebado|"
        r"ladrao)\b[^.!?\n]{0,30}\b(?:tentando|tenta|tentou|querendo|quer|forcando) (?:entrar|"
        r"invadir) (?:n[oa]|em) (?:meu |minha |nosso |nossa )?(?:quarto|casa|apato|apartamento|"
        r"alojamento|dormitorio)\b",
        # happening now: 「está me batendo agora」「estou apanhando do meu marido」
        r"\b(?:esta|ta|estao|tao) me (?:batendo|agredindo|espancando|enforcando|machucando|"
        r"estrangulando|esganando|esfaqueando|sufocando|chutando|socando)\b(?! (?:uma |"
        r"a )?(?:saudade|vontade|fome|sono|tristeza|preguica))",
        r"\b(?:estou|to|tou) (?:apanhando|sendo agredid[oa]|sendo espancad[oa])\b",
        # a threat with a time: 「vem hoje a noite acabar com isso de vez」
        r"\b(?:hoje|hj|hoje a noite|esta noite|essa noite|amanha|agora|ja ja|daqui a pouco|"
        r"mais tarde|de noite|a noite)\b[^.!?\n]{0,40}\b(?:acabar comigo|me acabar|"
        r"acabar com (?:a gente|voce|vc|nos|isso de vez|tudo de vez)|me apagar|me dar uma surra|"
        r"me dar um tiro|terminar o que comecou|acertar as contas|me pegar de jeito)\b",
        r"\b(?:acabar comigo|me acabar|me apagar|me dar uma surra|terminar o que comecou|"
        r"acertar as contas)\b[^.!?\n]{0,40}\b(?:hoje|hj|esta noite|essa noite|amanha|agora|"
        r"daqui a pouco|mais tarde|de noite|a noite)\b",
        # a threat on the body: 「vai quebrar minhas pernas」「se eu nao pagar… me mata」
        r"\b(?:me |nos )(?:quebrar|quebra|quebram|arrebentar|arrebenta|partir|cortar|furar|"
        rf"queimar) (?:as |os |a |o |todos os |todas as )?{_BODY}\b",
        r"\b(?:quebrar|quebra|quebram|quebro|arrebentar|arrebenta|cortar|corta|queimar|"
        rf"queima) (?:minhas|meus|minha|meu|nossas|nossos) {_BODY}\b",
        rf"\bse eu {_N} (?:pagar|devolver|der|voltar|fizer)\b[^.!?\n]{{0,60}}\b(?:me mata|me matar|"
        r"me matam|me pega|me pegar|me bater|me bate|me espancar|me furar|machucar (?:minha|meu|"
        r"meus|minhas|a minha|o meu)|acabar comigo|acaba comigo|pegar (?:minha|meu|meus|minhas))",
        # followed, someone at the door or at the handle
        r"\b(?:(?:ta|esta|estao|tao|vem|veio|anda|andam|ficou|fica|ficam) me (?:seguindo|"
        r"perseguindo|vigiando)|(?:um|uns|o|esse|aquele) (?:cara|homem|sujeito|estranho|"
        r"carro)s? (?:ta |esta )?(?:me )?(?:seguindo|perseguindo)|me seguiu ate)\b(?! (?:n[oa]s?|"
        r"pelo) (?:insta\w*|redes|face\w*|tiktok|twitter|x|whats\w*)\b)",
        r"\b(?:alguem|ele|eles|ela|homem|cara|caras|ex|marido|namorado|estranho|bebado|"
        rf"agiotas?)\b[^.!?\n]{{0,30}}{_AT_THE_HANDLE}",
        rf"(?:{_AT_THE_HANDLE}|\bbatendo (?:na|a) porta\b)[\s\S]{{0,80}}{_FEAR}",
        rf"{_AT_THE_DOOR}[\s\S]{{0,80}}{_FEAR}",
        rf"{_FEAR}[\s\S]{{0,60}}{_AT_THE_DOOR}",
        rf"{_LOAN_SHARK}[^.!?\n]{{0,30}}{_AT_THE_DOOR}",
        # fled from home: 「fugi de casa com as criancas」
        r"\b(?:fugi|fugimos|sai correndo|saimos correndo|escapei|escapamos) (?:de casa|do apato|"
        r"do apartamento|do danchi|do alojamento|do dormitorio|do ryo|dele|do meu marido|"
        r"do meu namorado|do meu ex|com (?:as|os|meus|minhas) (?:criancas|filh[oa]s))\b",
        # loan sharks who threaten
        rf"{_LOAN_SHARK}[\s\S]{{0,100}}{_HURT_WORDS}",
        rf"\bameac\w*[\s\S]{{0,60}}{_LOAN_SHARK}",
        # heard next door: 「gritos de socorro」「vizinha apanhando」
        r"\b(?:gritando|gritou|gritava|gritos?|berrando|pedindo|pedia|pediu|"
        r"chamando)\b[^.!?\n]{0,15}\bsocorro\b|\bgritos? de (?:dor|desespero|socorro|pavor|"
        r"terror)\b",
        rf"{_NEXT_DOOR}[\s\S]{{0,100}}{_HEARD}",
        rf"{_HEARD}[\s\S]{{0,100}}{_NEXT_DOOR}",
        # hiding from him: 「to escondida no banheiro, ele ta bebado」
        r"\b(?:to|tou|estou|estamos|tamos|ta|esta) escondid[oa]s? (?:no|na|em|debaixo|"
        r"atras)\b[\s\S]{0,80}\b(?:dele|ele|marido|ex|namorado|pai|padrasto|bebad[oa]|medo|faca|"
        r"arma)\b",
        r"\b(?:ele|ela|marido|esposo|namorado|ex|padrasto|pai|mae|tio|irmao|chefe|hancho|"
        r"sogr[oa])\b[^.!?\n]{0,15}\bme machuc(?:a|ou|ando)\b",
        # 「tenho medo dele me matar」, a rage with things thrown
        r"\bmedo (?:dele|dela|de que ele|que ele|deles) (?:me |nos )?(?:matar|mate|bater|bata|"
        r"machucar|machuque|espancar|esfaquear|furar)\b(?! de (?:rir|susto|vergonha|tedio))",
        r"\b(?:quebrando|quebrou|jogando|jogou|atirando) (?:tudo|as coisas|os moveis|pratos|"
        rf"coisas|cadeiras?)\b[\s\S]{{0,80}}{_FEAR}",
        rf"{_FEAR}[\s\S]{{0,80}}\b(?:quebrando|quebrou|jogando|atirando) (?:tudo|as coisas|"
        r"os moveis|pratos|coisas|cadeiras?)\b",
        r"\b(?:hoje|hj|hoje a noite|esta noite|essa noite|amanha|agora|daqui a pouco|mais tarde|"
        r"de noite|a noite)\b[^.!?\n]{0,40}\b(?:me arrebentar|me espancar|me furar|me esfaquear|"
        r"me pegar (?:na saida|la fora|sozinha|sozinho|de jeito))\b",
    ),
    "child_danger": (
        # A young child alone now, into the night (「meu filho de 3 anos vai ficar sozinho em
        # casa esta noite」).
        all_of(
            r"\b[0-6] anos?\b|\b(bebe|bebezinho|crianca pequena)\b",
            r"\bsozinh[oa]s?\b|\bsem (nenhum )?adulto\b",
            r"\b(esta noite|hoje a noite|a noite toda|noite inteira|turno da noite|de noite|sem "
            r"(nenhum )?adulto)\b",
        ),
        r"\b(?:bate|bateu|espanca|espancou|machuca|queima|queimou) (?:no|na|nos|nas|o|a|"
        r"em) (?:meu |minha |meus |minhas |nosso |nossa |nossos |nossas )?(?:filho|filha|filhos|"
        r"filhas|crianca|criancas|bebe|nene)\b",
        r"\bmaus[- ]tratos\b",
        r"\b(?:esta|ta) (?:batendo|agredindo|espancando|machucando) (?:no|na|nos|nas|o|a|"
        r"em) (?:meu |minha |nosso |nossa )?(?:filho|filha|filhos|crianca|criancas|bebe|neto|"
        r"neta)\b",
        r"\b(?:esta|ta) (?:machucando|batendo em|agredindo) (?:minha|meu) (?:filha|filho)\b",
        r"\babuso infantil\b",
        r"\bcrianca (?:esta )?em perigo\b",
        r"\b(?:filho|filha|filhos|filhas|criancas|bebe|neto|neta) (?:esta|estao|ta|"
        r"tao) em perigo\b",
        r"\b(?:bebe|nene|filho|filha|crianca) (?:nao|ja nao) (?:esta |ta )?respira(?:r|ndo)?\b",
        # missing: 「meu filho sumiu」, or not home by night (「nao voltou pra casa e ja e noite」)
        rf"\b{_KIN}(?: de \d+ anos| mais (?:velh|nov)[oa]| pequen[oa])?(?: (?:ta|esta))? (?:sumiu|"
        r"desapareceu|desaparecid[oa]|sumid[oa]|fugiu de casa)\b(?! (?:com|no quarto|na cozinha|"
        r"no banheiro|na sala|dentro de casa|no celular|no jogo|no videogame|do mapa)\b)",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:(?:{_N}|ainda {_N}) (?:voltou|chegou|veio|apareceu|"
        r"dormiu em casa))\b[^.!?\n]{0,60}\b(?:noite|madrugada|ontem|desde (?:ontem|hoje cedo|"
        r"de manha|a tarde|cedo)|horas|o dia (?:todo|inteiro)|ja (?:sao|e) \d+|dormir|"
        r"ate agora)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:ninguem (?:sabe|viu) onde|{_N} sei onde (?:ele|"
        r"ela) (?:esta|ta))\b",
        # alone with the one who hurts: 「ta sozinha em casa com o padrasto bebado」
        rf"\b{_KIN}\b[^.!?\n]{{0,40}}\b(?:sozinh[oa]s? (?:em casa )?com|ficou com|ficaram com|"
        r"esta com|ta com|estao com|tao com|deixei com|deixou com) (?:ele|o padrasto|a madrasta|"
        r"o agressor|o abusador|meu ex|o ex|o pai|o tio|esse homem|"
        r"aquele homem)\b[\s\S]{0,80}\b(?:bat\w*|agred\w*|abus\w*|espanc\w*|bebad[oa]|"
        r"drogad[oa]|violent[oa]|machuc\w*|transtornad[oa]|descontrolad[oa]|medo)",
        # sexual abuse, told by the child or of the child
        rf"\b{_PERPETRATOR}\b[^.!?\n]{{0,50}}\b(?:mexe|mexeu|mexendo|toca|tocou|tocando|"
        r"passa a mao|passou a mao|passando a mao|abusa|abusou|abusando) (?:em mim|"
        r"nas minhas partes|na minha parte intima|nas (?:minhas )?partes intimas|no meu corpo|"
        r"la embaixo)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,60}}\b{_PERPETRATOR}\b[^.!?\n]{{0,30}}\b(?:mexe|mexeu|toca|tocou|"
        r"passa a mao|passou a mao|abusa|abusou|abusando) (?:nela|nele|dela|dele|em mim)\b",
        r"\b(?:abus\w*|estupr\w*|molest\w*) (?:sexualmente )?(?:d[aeo] )?(?:minha |meu |nossa |"
        rf"nosso )?{_KIN}\b",
        rf"\babuso sexual\b[^.!?\n]{{0,40}}\b{_KIN}\b|\b{_KIN}\b[^.!?\n]{{0,40}}\babuso sexual\b",
        # a baby shaken
        r"\b(?:sacudi|sacudiu|sacudindo|chacoalhei|chacoalhou|chacoalhando|balancei forte|"
        r"balancou forte) (?:muito |com forca |forte )?(?:o |a |meu |minha |nosso |nossa |o meu |"
        r"a minha )?(?:bebe|nene|nenem|bb|filh[oa]|crianca|bebezinh[oa])\b",
        r"\b(?:sacudi|sacudiu|chacoalhei|chacoalhou) (?:ele|ela)\b[^.!?\n]{0,30}\b(?:forte|forca|"
        r"parar de chorar)",
        # something swallowed: 「engoliu uma bateria de botao」「bebeu agua sanitaria」
        rf"\b{_KIN}\b[^.!?\n]{{0,60}}\b{_SWALLOWED_THINGS}\b[^.!?\n]{{0,30}}\b(?:engoliu|engoli|"
        r"bebeu|ingeriu)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:tomou|engoliu|comeu|"
        r"ingeriu)\b[^.!?\n]{0,40}(?:\b(?:\d+|dez|varios|varias|muitos|muitas|"
        r"um monte de) (?:comprimidos|pilulas|remedios|capsulas)|\bremedios? (?:d[aoe] |"
        r"pra )(?:avo|vo|vovo|mae|pai|adulto|pressao|dormir|depressao)|\b(?:um|o) vidro)\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b{_SWALLOWED}\b[^.!?\n]{{0,40}}\b{_SWALLOWED_THINGS}\b",
        rf"\b{_KIN}\b[^.!?\n]{{0,50}}\b(?:engoliu|ingeriu|comeu|tomou) (?:todos|todas|varios|"
        r"varias|muitos|muitas|um monte|a cartela|o vidro|a caixa|"
        r"o frasco)\b[^.!?\n]{0,25}\b(?:remedios|comprimidos|pilulas|capsulas)\b",
        # locked out, left alone for days
        rf"\b{_KIN}\b[^.!?\n]{{0,60}}\b(?:sozinh[oa]s?|trancad[oa]s? (?:pra |para )?fora|"
        r"pra fora de casa|na rua|largad[oa]s?)\b[^.!?\n]{0,50}\b(?:(?:ha|faz|por|fazem|"
        r"a) (?:\d+|dois|duas|tres|quatro|cinco|varios|alguns|muitos) dias|(?:ha|faz) horas|"
        r"horas e horas|desde (?:ontem|anteontem|sexta|sabado|domingo|segunda)|a noite (?:toda|"
        r"inteira)|a semana (?:toda|inteira)|o fim de semana (?:todo|inteiro)|semanas|sem comida|"
        r"sem comer|no frio|na chuva|de madrugada)\b",
        r"\b(?:trancou|trancaram|tranca|trancam|bota|botou|poe|pos|colocou|coloca|deixou|deixa|"
        rf"deixaram) (?:o |a |os |as |seu |sua |seus |suas |meu |minha )?{_KIN} (?:\w+ )?(?:(?:pra|"
        r"para) fora(?: de casa)?|trancad[oa]s? (?:pra|para) fora|na varanda|no frio|na rua)\b",
        # a parent who may hurt the child
        rf"\b{_KIN}\b[^.!?\n]{{0,80}}\b(?:vontade de|medo de|vou|quase) (?:sacudir|jogar|sufocar|"
        r"bater n|machucar|estrangular) ?(?:ele|ela)\b",
        r"\bmedo de (?:fazer|acabar fazendo) (?:alguma coisa|algo|besteira|mal) (?:com|a|ao|pro|"
        rf"pra) (?:o |a |meu |minha )?{_KIN}\b",
        r"\b(?:medo de|vou|vontade de|capaz de|posso|quase|a ponto de|pensei em|"
        r"penso em)(?: acabar)? (?:machucar|bater n[oa]|bater em|fazer mal (?:a|ao|pra|para)|"
        r"sufocar|sacudir|jogar|matar|estrangular) (?:o |a |os |as )?(?:meu |minha |meus |minhas |"
        r"nosso |nossa )?(?:filh[oa]s?|bebe|nene|nenem|crianca|criancas)\b",
        # a child crying next door, with blows
        rf"{_NEXT_DOOR}[\s\S]{{0,100}}\b(?:crianca|bebe|menin[oa]|"
        r"filh[oa])s?\b[^.!?\n]{0,60}\b(?:apanhando|pancadas?|tapas?|batendo nel[ae]|"
        r"gritando de dor)\b",
    ),
    "medical_emergency": (
        r"\bnao (?:esta |ta |consegue )?respira(?:r|ndo)?\b",
        r"\b(?:parou|parado) de respirar\b",
        r"(?<!quase )\bdesmai(?:ou|ado|ada)\b(?! de (?:susto|rir|fome|sono|cansaco|calor|emocao))",
        r"\binconsciente\b",
        # a heart attack or a stroke now, not one told (「teve derrame ha tres anos」)
        r"\b(?:ta|esta|tendo|acho que (?:e|eh|foi|ta tendo|esta tendo)|pode ser|sinais? de|"
        r"sintomas? de|parece) (?:um |uma )?(?:infarto|derrame|avc|ataque cardiaco)\b|"
        r"\b(?:infartando|enfartando)\b",
        r"\b(?:sangrando (?:muito|sem parar|demais|bastante|pra caramba)|(?:muito|muita|"
        r"tanto) sangue|sangue (?:nao para|sem parar|jorrando|por todo lado|pra todo lado)|"
        r"nao para de sangrar|hemorragia|poca de sangue)\b",
        r"\b(?:ta|esta|tendo|teve|deu|dando|com|em|entrou em) (?:uma |um |"
        r"outra )?(?:crise )?(?:de )?convulsa?o\b|\bconvulsionando\b|\bconvulsionou\b|\b(?:ta|esta|"
        r"tendo|teve|deu|dando|entrou em) (?:uma )?(?:crise|ataque) (?:convulsiv[oa]|"
        r"epileptic[oa])\b",
        # stroke signs: 「boca torta」「fala enrolada」「braco nao levanta」, not a sign told as
        # lasting (「desde o derrame」「por causa da tendinite」)
        r"\b(?:(?:boca|rosto|cara|lado do rosto) (?:\w+ ){0,3}(?:torta|torto|caid[oa]|entortou|"
        r"entortando|caindo|paralisad[oa])|(?:um lado|lado (?:direito|"
        r"esquerdo)) do corpo (?:\w+ )?(?:nao mexe|paralisad\w*|dormente|fraco|sem forca)|(?:fala|"
        r"falando) (?:\w+ )?(?:enrolad[oa]|arrastad[oa]|embolad[oa]|sem sentido)|(?:enrolando|"
        rf"embolando) a lingua|{_N} (?:consegue|ta conseguindo|esta conseguindo|"
        r"consegue mais) (?:levantar|erguer|mexer) (?:o|um|a) (?:braco|perna|mao)|(?:braco|perna|"
        r"mao) (?:\w+ ){0,2}(?:nao|n) (?:levanta|mexe|se mexe)|paralis\w+ (?:a metade do |"
        rf"metade do |o lado do |um lado do )?(?:rosto|cara|boca|corpo))\b{_LASTING}",
        # chest pain with no air or a cold sweat
        r"\bdor (?:\w+ )?(?:\w+ )?no peito\b[\s\S]{0,80}\b(?:falta de ar|sem ar|suando|suor frio|"
        r"nao consegue respirar|respirando mal|braco esquerdo|dormente)\b",
        r"\b(?:falta de ar|sem ar|suando frio|suor frio)\b[\s\S]{0,80}\bdor (?:\w+ )?no peito\b",
        # confused and sweating (sugar): 「confusa, suando muito」
        r"\b(?:confus[oa]|desorientad[oa]|nao fala coisa com coisa|"
        r"nao reconhece)\b[\s\S]{0,80}\b(?:suando|suor|tremendo|diabet\w*|glicose|insulina|"
        r"acucar)\b",
        r"\b(?:suando|suor|tremendo|diabet\w*|glicose|insulina|"
        r"acucar)\b[\s\S]{0,80}\b(?:confus[oa]|desorientad[oa]|nao fala coisa com coisa|"
        r"nao reconhece)\b",
        # not waking, only sounds
        rf"\b{_N} (?:acorda|quer acordar|consigo acordar|conseguimos acordar)\b(?! (?:cedo|"
        r"de manha|pra (?:ir|escola|trabalh)|na hora|com (?:o )?despertador|sozinh))",
        r"\b(?:nao reage|so (?:geme|gemendo|faz (?:uns )?(?:barulhos?|sons|ruidos)|resmunga|"
        r"grunhe))\b",
        r"\bnao (?:responde|reage) (?:quando (?:eu |a gente )?(?:chamo|chamamos|falo|sacudo|toco|"
        r"mexo)|mesmo (?:chamando|sacudindo|mexendo)|nem (?:chamando|sacudindo|mexendo)|a nada)\b",
        # a fever, then no answer
        r"\bfebre\b[\s\S]{0,100}\b(?:nao responde|nao reage|nao acorda|molinh[oa]|olhos revirando|"
        r"(?:nem|nao|n) abre os olhos|revirando os olhos|delirando)\b",
        # a fall, and no getting up
        r"(?<!site )(?<!sistema )(?<!internet )(?<!app )(?<!servidor )(?<!rede )(?<!wifi "
        r")(?<!sinal )(?<!ligacao )\b(?:caiu|caida|tombou|levou um tombo)\b(?! (?:o|a) (?:site|"
        r"sistema|internet|app|servidor|rede|wifi|sinal|"
        r"ligacao)\b)[^.!?\n]{0,60}\b(?:nao (?:consegue|consigo|conseguiu|"
        r"ta conseguindo) (?:se )?(?:levantar|mexer)|nao se mexe|nao (?:esta|ta) se mexendo|"
        r"sem se mexer|nao levanta|bateu a cabeca|(?:ta |esta )?sangrando (?:na|da) cabeca|"
        r"desacordad[oa]|inconscient[ea])\b",
        r"\b(?:caid[oa]|deitad[oa]|estirad[oa]) no chao\b[^.!?\n]{0,60}\bnao (?:se mexe|responde|"
        r"reage)\b",
        # poison, choking, a baby turning blue
        rf"\b{_SWALLOWED}\b[^.!?\n]{{0,30}}\b(?:veneno|alvejante|agua sanitaria|candida|cloro|"
        r"inseticida|raticida|soda caustica|baterias?|pilhas?)\b",
        r"\b(?:engasgad[oa]|engasgou|engasgando)\b[\s\S]{0,60}\b(?:roxo|roxa|azul|nao (?:consegue|"
        r"ta conseguindo|esta conseguindo) (?:respirar|tossir|falar)|sem ar|nao sai)",
        r"\b(?:roxo|roxa|roxinh[oa]|azul|azulad[oa])\b[\s\S]{0,60}\b(?:engasgad[oa]|engasgou|"
        r"engasgando)\b",
        r"\b(?:(?:bebe|nene|nenem|crianca|ele|ela) (?:ta|esta|ficou|ficando|esta ficando|"
        r"ta ficando) (?:todo |toda )?(?:roxo|roxa|azul|roxinh[oa]|azulad[oa])|(?:labios?|"
        r"boca) (?:\w+ )?(?:roxos?|roxas?|azul|azuis|azulad[oa]s?))\b(?! de (?:raiva|vergonha|rir|"
        r"tanto|frio|ciume|inveja))",
        # a swelling throat, a knock on the head, a heavy bleeding, a sudden loss
        r"\b(?:alergia|inchad[oa]|garganta fechando)\b[\s\S]{0,60}\b(?:falta de ar|sem ar|"
        r"nao consegue respirar|respirando mal)\b|\b(?:falta de ar|"
        r"sem ar)\b[\s\S]{0,60}\b(?:inchad[oa]|garganta fechando)\b",
        r"\bbat(?:eu|i) (?:com )?a cabeca\b[\s\S]{0,60}\b(?:vomit\w*|desmai\w*|nao acorda|sangr\w*|"
        r"convuls\w*|confus[oa]|muito sono|sonolent[oa])",
        r"\bsangramento (?:muito )?(?:forte|intenso|grande|enorme)\b",
        r"\bde repente\b[^.!?\n]{0,30}\b(?:nao (?:consegue|conseguiu) (?:mais )?(?:falar|andar|"
        r"ficar em pe|mexer)|parou de (?:falar|andar|responder))\b",
        r"\bvomit\w* sangue\b|\bgarganta (?:ta |esta )?(?:fechando|fechada)\b",
        r"\b(?:gelad[oa]|palid[oa]|mole|molinh[oa]|desacordad[oa]|"
        r"desmaiad[oa])\b[^.!?\n]{0,30}\bnao (?:responde|reage|acorda)\b",
    ),
}
NOT_BEFORE: Final[str] = (
    r"\b(?:nao|n|nn|naum|nunca|jamais)(?: (?:tenho|tem|sinto|penso|quero|estou|to|ta|esta))?\s*$"
)
# The middle band (see `nlu.crisis_cues.en.WORRY`).
_WORRY_KIN: Final = r"(?:filh[oa]s?|criancas?|bebes?|nenem|nene|menin[oa]s?|net[oa]s?)"
WORRY: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(?:morrer|morte|mort[oa]|suicid\w*|me matar|se matar|tirar a (?:minha )?vida|"
        r"acabar com (?:tudo|a minha vida)|desistir( de tudo)?|nao aguento mais|nao consigo mais|"
        r"sem sentido|sumir|desaparecer|remedios|comprimidos|me cortar|pular da?|me enforcar|"
        r"cansad[oa] de viver|nao quero mais viver|adeus a todos)\b",
        rf"\b(?:{_N} (?:aguento|suporto|consigo|dou conta) mais|cansad[oa] de (?:tudo|viver|lutar|"
        r"existir|sofrer)|sem (?:saida|esperanca|futuro)|(?:sou|me sinto|ser) (?:so )?(?:um |"
        r"uma )?(?:peso|fardo|estorvo|inutil|fracasso)|(?:so|sempre) atrapalho|ninguem (?:vai |"
        r"ia )?(?:sentir|sentiria|liga|ligaria|se importa)|melhor sem (?:mim|ele|ela)|"
        rf"dormir (?:pra|para) sempre|{_N} acordar mais|{_N} (?:quero|queria) (?:mais )?(?:acordar|"
        r"existir|estar aqui|viver)|ter nascido|adeus|despedi\w*|ultima mensagem|(?:me|"
        r"se) cort\w*|automutil\w*|corda|enforc\w*|me jogar|se jogar|veneno|overdose|tentativa|"
        r"desisto|vazi[oa] por dentro|pra que viver|(?:vida|viver) (?:sem|nao tem|n tem) sentido|"
        r"quando eu (?:nao estiver|partir|me for)|(?:doando|"
        r"dando) (?:todas )?(?:as )?minhas coisas)\b",
        r"\b(?:testamento|dar um fim (?:em tudo|nisso))\b",
        # on an edge: 「to na beira do trilho」
        r"\b(?:na beira d[aoe]|no parapeito|em cima d[ao] (?:telhado|predio|ponte|viaduto)|"
        r"no telhado|na cobertura do predio|no okujo|na laje)\b",
    ),
    "violence": (
        # a bare cry for help (「me ajuda por favor」)
        r"^\W*(me )?ajud[ae]( me)?( por favor| pfv| pls)?\W*$",
        r"\b(?:bate|bateu|batendo|batia|apanh\w*|agred\w*|espanc\w*|soco\w*|murro\w*|tapa\w*|surra|"
        r"chut\w*|estrangul\w*|esgan\w*|enforc\w*|empurr\w*|ameac\w*|faca|facao|arma|violencia|"
        r"abus\w*|fugi|fugir|escondid[oa]|policia|grit(?:a|ou|ando|os?)|berr\w*|persegu\w*|"
        r"seguindo|stalker|rond(?:a|ando)|agiota\w*|yamikin|cobrador\w*|briga\w*|quebrando tudo|"
        r"macaneta|fechadura|vai me matar|me matar|me tranquei)\b",
        r"\bmedo (?:dele|dela|do meu|da minha|de voltar|de ir pra casa|de sair)\b|\bme (?:trancou|"
        rf"prendeu)\b|\b(?:esperando|espera) (?:la )?fora\b|\b(?:{_N} (?:posso|tenho como|"
        r"da pra) voltar (?:pra|para) casa|dormir na rua)\b|\bamanha vai ser pior\b",
    ),
    "child_danger": (
        rf"\b{_WORRY_KIN}\b[^.!?\n]{{0,50}}\b(?:sumiu|desaparec\w*|nao voltou|nao chegou|"
        r"sozinh[oa]s?|machuc\w*|bat\w*|apanh\w*|queimad\w*|nao respira|perigo|trancad[oa]|"
        r"chor(?:a|ando) (?:muito|sem parar|o dia (?:todo|inteiro)|toda noite|todo dia)|engoliu|"
        r"sacud\w*|hematomas?|roxos?|marcas)\b",
        rf"\b{_PERPETRATOR}\b[^.!?\n]{{0,40}}\b(?:entra no (?:meu |quarto dela|quarto dele|quarto)|"
        r"deita na (?:minha )?cama|dorme comigo|me olha tomando banho)",
        r"\bfez coisas (?:comigo|com ela|com ele)\b|\b(?:sindrome do bebe sacudido|"
        r"pra (?:eu )?nao contar (?:pra|para) ninguem|perdi o controle com (?:meu|minha|o|a))\b",
    ),
    "medical_emergency": (
        r"\b(?:ambulancia|kyukyusha|respir\w*|desmai\w*|inconscient\w*|caiu|caid[oa]|sangr\w*|"
        r"sangue|dor no peito|derrame|avc|convuls\w*|nao se mexe|nao acorda|emergencia|infarto|"
        r"overdose|desorientad[oa]|nao fala coisa com coisa|suando frio|suor frio|boca torta|"
        r"fala enrolad[oa]|engasg\w*|veneno|febre alta|nao reage|dormente|epilep\w*|hemorragia|"
        r"nao responde|pressao (?:alta|muito alta|\d+)|falta de ar|bateu a cabeca|"
        r"nao consegue falar|fala estranh[oa]|febre de (?:39|40|41)|vomit\w* sangue|"
        r"nao consegue ficar em pe)\b",
    ),
}
# Portuguese and Spanish tell a past alike, and the words of each read the other's messages
# too (「violencia」「suicidio」), so one pattern reads both (`nlu.crisis_cues.es` takes it):
# a time long past (years ago, as a child, in 2018) and then either a life well now
# (「hoje estou bem」「ahora estoy bien」) or only past tenses and nothing of now — never
# again, still or tonight.
_PAST: Final = (
    r"\b(?:(?:ha|faz|fazem|hace) (?:uns |unos |umas |unas |mais de |mas de |como |quase |"
    r"casi )?(?:\d+|um|uma|un|dois|duas|dos|tres|quatro|cuatro|cinco|seis|sete|siete|oito|ocho|"
    r"nove|nueve|dez|diez|quinze|quince|vinte|veinte|alguns|algumas|algunos|algunas|muitos|muchos|"
    r"varios|varias)? ?(?:anos|ano|meses|decadas)|(?:\d+ |uns |unos |alguns |algunos |muitos |"
    r"muchos |varios )?(?:anos|meses) (?:atras|antes)|(?:no |el )?ano passado|(?:el )?ano pasado|"
    r"quando (?:eu )?(?:era|tinha|estava n[ao]|morava)|cuando (?:yo )?(?:era|tenia|estaba en|"
    r"vivia)|de (?:nin[oa]|chic[oa]|pequen[oa]|joven|adolescente)|na (?:minha )?(?:infancia|"
    r"adolescencia|juventude)|en (?:mi )?(?:infancia|adolescencia|juventud)|aos \d+(?: anos)?|"
    r"a los \d+ anos|antigamente|naquela epoca|naquele tempo|en (?:aquel|ese) (?:entonces|tiempo)|"
    r"en esa epoca|(?:em|en) (?:19|20)\d\d|costumava|solia|no passado|en el pasado|a los \d+)\b"
)
_WELL_NOW: Final = (
    r"\b(?:(?:agora|hoje|hj|ahora|hoy)(?: em dia| en dia)?,? (?:ja |ya )?(?:eu |ela |ele |el |"
    r"ella |yo )?(?:vivo|vive|trabalho|trabaja|trabajo|sou|soy|es|moro|estudo|estudio|faz|hace|"
    r"tenho (?:uma|um|dois|duas|\d|minha|meu|meus|minhas)|tengo (?:una|un|dos|\d|mi|mis))|(?:estou|"
    r"to|tou|esta|ta|estoy|estamos|anda|ando) (?:muito |bem |mucho |)?(?:bem|bien|melhor|mejor|"
    r"tranquil[oa]|feliz|segur[oa]|a salvo|estavel|estable|recuperad[oa]|otim[oa]|de boa|"
    r"divorciad[oa]|separad[oa])|superei|supere|lo supere|me recuperei|se recuperou|me recupere|"
    r"se recupero|(?:ja |ya )?passou|ya paso|(?:graca|gracas) a deus|gracias a dios|sali adelante|"
    r"sai dessa|se divorci\w+|se separ\w+|em tratamento|en tratamiento|(?:faco|hago|fiz|hice|"
    r"fui a) (?:terapia|tratamento|tratamiento)|(?:quero|queria|gostaria de|quiero|quisiera|"
    r"me gustaria) (?:ser |hacer |fazer )?(?:voluntari\w*|ajudar|ayudar)|nunca mais|nunca mas|"
    r"ficou tudo bem|tudo bem agora|todo bien|se curou|se curo|ficou bo[am])\b"
)
_PAST_TENSE: Final = (
    r"\b(?:tentei|tentou|tentava|intente|quis|quise|quiso|queria|pensei|pensava|pensou|pense|"
    r"pensaba|tomei|tome|cortei|cortava|cortaba|bat(?:eu|ia|iam)|espanc(?:ou|ava)|agred(?:iu|ia)|"
    r"apanhei|apanhava|sofri|sofria|tive|teve|tuve|tuvo|foi|fui|fue|era|estava|estaba|estive|"
    r"estuve|pegaba|golpeaba|golpeo|maltrataba|abusou|abusava|abusaba|ameacou|ameacava|amenazo|"
    r"amenazaba|desmaiou|desmayo|aconteceu|fugi|hui|sai|sali|vim|vine)\b"
)
_NOW: Final = (
    r"\b(?:agora|agr|hoje|hj|ahora|ahorita|hoy|amanha|manana|esta noite|esta noche|essa noite|"
    r"neste momento|en este momento|(?:to|estou|esta|ta|estoy|estan|estao) \w+ndo)\b"
)
_AGAIN: Final = (
    r"\b(?:de novo|denovo|outra vez|novamente|de nuevo|otra vez|nuevamente|volt(?:ou|ei|aram|"
    r"ando) a|volvi(?:o)? a|volvieron a|ainda(?! bem)|todavia|aun|sigue (?:pegando|golpeando|"
    r"amenazando|pensando|queriendo)|sigo (?:pensando|queriendo|sintiendo|con ganas)|"
    r"continua (?:batendo|me|a|ameacando)|continuo (?:pensando|com vontade)|recomecou|ta voltando|"
    r"esta voltando|agora mesmo|ahora mismo)\b"
)
OVER: Final[str] = (
    rf"^(?=.*{_PAST})(?!.*{_AGAIN})(?:(?=.*{_WELL_NOW})|(?=.*{_PAST_TENSE})(?!.*{_NOW}))"
)
