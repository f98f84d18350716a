//! Word lists the rules share. All entries are folded (lowercase, no
//! accents), as token `fold`s are.

/// Given names common in the languages of business news. A capitalised
/// pair that starts with one of these is taken as a person's name; other
/// pairs need more evidence (an honorific, a role, a move verb).
pub const FIRST_NAMES: &[&str] = &[
    // English
    "aaron", "abigail", "adam", "adrian", "alan", "albert", "alex", "alexander", "alexandra",
    "alice", "alison", "allison", "amanda", "amy", "andrew", "andy", "angela", "ann", "anna",
    "anne", "anthony", "arthur", "ashley", "barbara", "barry", "ben", "benjamin", "beth",
    "betty", "bill", "bob", "brad", "brandon", "brendan", "brian", "bruce", "bryan", "carl",
    "carol", "caroline", "catherine", "charles", "charlie", "charlotte", "chris", "christina",
    "christine", "christopher", "claire", "colin", "connor", "craig", "cynthia", "dan", "daniel",
    "danielle", "darren", "dave", "david", "dawn", "deborah", "dennis", "derek", "diana", "diane",
    "donald", "donna", "doug", "douglas", "dylan", "ed", "edward", "elaine", "eleanor",
    "elizabeth", "ellen", "emily", "emma", "eric", "erin", "ethan", "evan", "fiona", "frank",
    "gary", "gavin", "george", "geoffrey", "gerald", "gordon", "grace", "graham", "greg",
    "gregory", "hannah", "harold", "harry", "heather", "helen", "henry", "howard", "ian",
    "isaac", "jack", "jacob", "james", "jamie", "jane", "janet", "jason", "jeff", "jeffrey",
    "jennifer", "jenny", "jeremy", "jerry", "jessica", "jill", "jim", "joan", "joe", "john",
    "jonathan", "joseph", "josh", "joshua", "joyce", "judith", "judy", "julia", "julie",
    "justin", "karen", "kate", "katherine", "kathleen", "kathryn", "keith", "kelly", "kenneth",
    "kevin", "kim", "kyle", "larry", "laura", "lauren", "lawrence", "lee", "leo", "linda",
    "lisa", "liz", "louise", "lucy", "luke", "lynn", "margaret", "maria", "marie", "marilyn",
    "mark", "martha", "martin", "mary", "matt", "matthew", "megan", "melissa", "michael",
    "michelle", "mike", "natalie", "nathan", "neil", "nicholas", "nick", "nicole", "nigel",
    "oliver", "olivia", "owen", "pamela", "pat", "patricia", "patrick", "paul", "peter",
    "philip", "phillip", "rachel", "ralph", "randy", "raymond", "rebecca", "richard", "rick",
    "rob", "robert", "robin", "roger", "ronald", "rose", "russell", "ruth", "ryan", "sally",
    "sam", "samantha", "samuel", "sandra", "sarah", "scott", "sean", "sharon", "shirley",
    "simon", "sophie", "stephanie", "stephen", "steve", "steven", "stuart", "susan", "tara",
    "teresa", "terry", "thomas", "tim", "timothy", "tina", "todd", "tom", "tony", "tracy",
    "tyler", "victoria", "vincent", "walter", "wayne", "wendy", "william", "zoe", "brett",
    "chloe", "diane", "gwen", "harriet", "hugh", "imogen", "jasper", "judith", "miles",
    "nora", "priscilla", "rupert", "toby", "warren", "wesley", "whitney", "marcus", "marc",
    // French
    "adele", "agathe", "agnes", "alain", "alexandre", "alexis", "amelie", "andre", "anne-marie",
    "antoine", "arnaud", "aurelie", "baptiste", "benoit", "bernard", "bertrand", "brigitte",
    "bruno", "camille", "cecile", "celine", "christian", "christophe", "claude", "clement",
    "corinne", "damien", "delphine", "denis", "didier", "dominique", "edouard", "elodie",
    "emmanuel", "emmanuelle", "eric", "etienne", "fabien", "fabrice", "florence", "florian",
    "francois", "francoise", "frederic", "gabriel", "gael", "gaelle", "genevieve", "gerard",
    "gilles", "guillaume", "helene", "henri", "herve", "hugo", "isabelle", "jacques", "jean",
    "jean-baptiste", "jean-claude", "jean-francois", "jean-luc", "jean-marc", "jean-michel",
    "jean-paul", "jean-pierre", "jeanne", "jerome", "joel", "julien", "juliette", "laetitia",
    "laurence", "laurent", "lea", "leon", "lionel", "louis", "luc", "lucas", "lucie", "manon",
    "marcel", "margaux", "marie-claire", "marie-france", "marine", "mathieu", "mathilde",
    "maxime", "michel", "michele", "mireille", "nadia", "nathalie", "nicolas", "noemie",
    "olivier", "pascal", "pascale", "philippe", "pierre", "pierre-yves", "raphael", "regis",
    "remi", "renaud", "rene", "sebastien", "serge", "severine", "solene", "stephane",
    "sylvain", "sylvie", "theo", "thierry", "valerie", "veronique", "xavier", "yann", "yannick",
    "yves", "ines", "clemence", "capucine", "gaspard", "bastien", "quentin", "romain", "thibault",
    "thibaut", "ludovic", "gregoire", "matthieu", "jules", "josephine", "odile", "josette",
    "ghislaine", "armelle", "segolene", "berenice", "aurore", "anais", "oceane", "maelle",
    "yasmine", "karim", "mehdi", "nabil", "rachid", "samir", "sofiane", "leila", "fatima",
    "amina", "mohamed", "mohammed", "ahmed", "ali", "omar", "youssef", "hassan", "khalid",
    // Spanish, Portuguese, Italian
    "alejandro", "alessandro", "alvaro", "ana", "andrea", "angel", "antonio", "beatriz",
    "carlos", "carmen", "carolina", "cristina", "diego", "eduardo", "elena", "enrique",
    "fernando", "francesca", "francesco", "francisco", "gabriela", "giorgio", "giovanni",
    "giulia", "giuseppe", "guillermo", "ignacio", "isabel", "javier", "joao", "jorge", "jose",
    "juan", "lorenzo", "lucia", "luis", "luisa", "manuel", "marco", "marta", "matteo",
    "miguel", "nuria", "pablo", "paola", "pedro", "rafael", "raquel", "roberto", "rodrigo",
    "sergio", "silvia", "sofia", "tomas", "valentina", "vittorio", "ines", "ricardo", "mariana",
    "paulo", "joaquim", "chiara", "federico", "gianluca", "stefano", "luca", "emilio", "lorena",
    // German, Dutch, Nordic
    "anders", "annika", "axel", "birgit", "christoph", "dieter", "dirk", "erik", "florian",
    "franz", "friedrich", "gerhard", "greta", "gunther", "hans", "heike", "heinz", "helmut",
    "ingrid", "jan", "jens", "jonas", "jorg", "jurgen", "karl", "katrin", "klaus", "lars",
    "lukas", "magnus", "manfred", "markus", "matthias", "maximilian", "monika", "niels",
    "nils", "ole", "sabine", "sven", "stefan", "thorsten", "ulrich", "ursula", "uwe", "werner",
    "wolfgang", "pieter", "willem", "bram", "daan", "femke", "sanne", "henrik", "bjorn", "astrid",
    "freya", "ingrid", "karin", "kristian", "mette", "soren", "tove", "frederik", "johan",
    "hendrik", "joost", "ruud", "margot",
    // Slavic, Greek, Baltic
    "aleksander", "alexei", "anastasia", "andrei", "andrzej", "boris", "dmitri", "dmitry",
    "ekaterina", "elena", "igor", "ilya", "irina", "ivan", "jakub", "katarzyna", "kasia",
    "krzysztof", "marek", "mikhail", "natalia", "nikolai", "oksana", "olga", "pavel", "piotr",
    "sergei", "sergey", "svetlana", "tatiana", "tomasz", "vladimir", "wojciech", "yuri",
    "dimitris", "nikos", "yannis", "eleni", "katerina", "milan", "petra", "zuzana", "agnieszka",
    "tamas", "zoltan", "laszlo",
    // Asian, Indian, Middle Eastern, African
    "akira", "amit", "anil", "arjun", "deepak", "divya", "hiroshi", "hiro", "kenji", "kumar",
    "li", "lin", "mei", "min", "naoko", "priya", "rahul", "raj", "rajesh", "ravi", "sanjay",
    "satya", "sundar", "sunil", "takeshi", "wei", "yuki", "yuko", "xin", "jin", "hyun",
    "ji-woo", "min-jun", "seo-yeon", "aisha", "chinedu", "kwame",
    "ngozi", "oluwaseun", "amara", "kofi", "tariq", "reza", "mariam", "noor", "layla", "yusuf",
    "emre", "mehmet", "elif", "ayse", "tunde", "wanjiru", "thabo", "lilian", "mira",
    "nadine", "noa", "yael", "avi", "itai", "dov", "tal",
];

/// Titles kept as aliases: "Sir Geoffrey Pike".
pub const HONORIFICS: &[&str] = &[
    "sir", "dame", "lord", "lady", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "m",
    "mme", "mlle", "me", "pr", "docteur", "professeur", "maitre", "monsieur", "madame", "sheikh",
    "cheikh", "baroness", "baron",
];

/// Capitalised words that are never part of a personal name: function words
/// at the start of a sentence, months, days, role words.
pub const NOT_NAME: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "the", "a", "an", "this",
    "that", "these", "those", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "he",
    "she", "they", "it", "we", "nous", "vous", "you", "i", "je", "on", "selon", "according",
    "mais", "but", "and", "et", "ou", "or", "pour", "for", "en", "in", "at", "chez", "after",
    "apres", "avant", "before", "while", "alors", "depuis", "since", "with", "avec", "par", "by",
    "of", "sur", "dans", "quand", "when", "if", "si", "as", "comme", "son", "sa", "ses", "his",
    "her", "its", "their", "leur", "leurs", "notre", "our", "mon", "my", "ma", "yet", "still",
    "also", "aussi", "however", "cependant", "pourtant", "neanmoins", "ainsi", "thus", "so",
    "donc", "then", "puis", "enfin", "finally", "today", "aujourd'hui", "hier", "yesterday",
    "demain", "tomorrow", "last", "next", "new", "nouveau", "nouvelle", "former", "ancien",
    "ancienne", "interim", "acting", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "janvier", "fevrier", "mars", "avril",
    "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "chief",
    "executive", "officer", "president", "presidente", "vice", "vice-president", "director",
    "directeur", "directrice", "head", "founder", "co-founder", "cofounder", "fondateur",
    "fondatrice", "cofondateur", "cofondatrice", "chairman", "chairwoman", "chair", "ceo",
    "cfo", "coo", "cto", "pdg", "dg", "managing", "general", "financial", "operating",
    "technology", "scientist", "analyst", "analyste", "minister", "ministre", "secretary",
    "board", "conseil", "ceux", "celle", "dont", "qui", "que", "who", "which", "what", "how",
    "why", "where", "ou", "pourquoi", "comment", "points", "point", "key", "cles", "cle",
    "analyse", "analysis", "mister", "senior", "junior", "group", "team", "equipe", "reuters",
    "bloomberg", "afp", "ap", "north", "south", "east", "west", "nord", "sud", "est", "ouest",
    "saint", "sainte", "san", "santa", "los", "las", "new", "fort", "mount", "lake", "port",
    "read", "lire", "voir", "see", "by-line", "updated", "published", "publie", "mis",
];

/// Words that make a capitalised sequence an organisation, a place or a
/// thing rather than a person.
pub const NOT_PERSON: &[&str] = &[
    "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "sa", "sas", "sarl",
    "gmbh", "ag", "nv", "bv", "spa", "ab", "asa", "group", "groupe", "holding", "holdings",
    "bank", "banque", "capital", "partners", "associates", "ventures", "fund", "funds", "fonds",
    "investments", "investment", "asset", "assets", "management", "securities", "insurance",
    "assurance", "assurances", "university", "universite", "universidad", "college", "school",
    "ecole", "institute", "institut", "foundation", "fondation", "association", "society",
    "societe", "technologies", "technology", "tech", "systems", "labs", "lab", "laboratories",
    "laboratoires", "motors", "automotive", "energy", "energie", "energies", "power", "pharma",
    "pharmaceuticals", "therapeutics", "biotech", "health", "sante", "healthcare", "airlines",
    "airways", "aviation", "aerospace", "media", "medias", "news", "press", "times", "journal",
    "post", "herald", "tribune", "monde", "figaro", "echos", "industries", "industrie",
    "international", "global", "solutions", "services", "networks", "network", "software",
    "robotics", "dynamics", "logistics", "mining", "minerals", "metals", "steel", "oil", "gas",
    "petroleum", "chemicals", "foods", "food", "brands", "retail", "stores", "markets", "market",
    "exchange", "bourse", "street", "avenue", "rue", "boulevard", "place", "square", "park",
    "bridge", "river", "lake", "mount", "island", "bay", "valley", "hill", "road", "station",
    "airport", "aeroport", "center", "centre", "hospital", "hopital", "stadium", "tower", "hall",
    "prize", "award", "prix", "act", "law", "loi", "agency", "agence", "authority", "autorite",
    "commission", "council", "committee", "comite", "ministry", "ministere", "department",
    "office", "bureau", "court", "cour", "tribunal", "parliament", "parlement", "senate",
    "senat", "republic", "republique", "kingdom", "royaume", "union", "states", "etats",
    "city", "ville", "county", "province", "region", "state", "club", "fc", "united", "cloud",
    "studio", "studios", "pictures", "records", "games", "consulting", "conseil", "advisors",
    "advisory", "trust", "finance", "financial", "credit", "realty", "properties", "estate",
    "immobilier", "telecom", "telecoms", "mobile", "communications", "electric", "electronics",
    "semiconductor", "semiconductors", "chips", "devices", "instruments", "manufacturing",
    "works", "mills", "farms", "wines", "beverages", "hotels", "resorts", "cruises", "rail",
    "railway", "shipping", "lines", "transport", "express", "digital", "data", "analytics",
    "ai", "robotique", "mobilite", "mobility", "batteries", "battery", "solar", "wind",
    "hydrogen", "nuclear", "nucleaire", "edition", "editions", "review", "magazine", "daily",
    "weekly", "online", "platform", "platforms", "app", "apps", "pay", "payments", "bancorp",
];

/// Companies named after people, which a first-name list would take for
/// persons.
pub const EPONYMOUS_FIRMS: &[&str] = &[
    "morgan stanley", "goldman sachs", "charles schwab", "merrill lynch", "lehman brothers",
    "jp morgan", "marcel dassault", "louis vuitton", "christian dior", "jean coutu",
    "hugo boss", "tommy hilfiger", "ralph lauren", "calvin klein", "estee lauder",
    "paul smith", "ted baker", "john lewis", "marks spencer", "victoria secret", "anne fontaine",
];

/// Places that start with a first name.
pub const PLACES: &[&str] = &[
    "saint", "san", "santa", "sao", "los", "las", "new", "hong", "cape", "buenos", "rio", "st",
    "puerto", "port", "fort", "mount", "lake", "costa", "sri", "tel", "abu", "kuala", "ho",
];
