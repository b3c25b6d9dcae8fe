package io.newsroom.gateway.ingestion;

import java.util.Map;
import java.util.Set;

import io.newsroom.gateway.domain.ActorKind;

/**
 * The words of news copy that tell an actor from a place or a common word, since no named-entity model for
 * English is published to Maven Central (OpenNLP's name-finder models are not, CoreNLP's need a 500 MB jar).
 * The lists are general English and public-body vocabulary, not the names of any story.
 */
final class NewsLexicon {

    /** Capitalised words that open sentences or sit before names without being part of one. */
    static final Set<String> LEADING_WORDS = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With",
            "After", "Before", "But", "And", "Or", "If", "When", "While", "As", "Under", "Despite", "Meanwhile",
            "However", "According", "Speaking", "Opening", "Several", "Some", "Many", "This", "That", "These", "Those",
            "It", "He", "She", "They", "We", "Our", "His", "Her", "Its", "Their", "Both", "Two", "Three", "Four",
            "Nearly", "Only", "Even", "Also", "Still", "Now", "There", "Here", "Such", "Other", "Another", "Each",
            "Every", "No", "Not", "Once", "Since", "Until", "Unlike", "Like", "Among", "Amid", "Although", "Though",
            "Because", "Following", "Ahead", "Earlier", "Later", "Recent", "Former", "Asked", "Critics", "Officials",
            "Investigators", "Prosecutors", "Analysts", "Leaders", "Residents", "Today", "Tomorrow", "Yesterday",
            "Last", "Next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
            "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December");

    /** Titles and honorifics written before a name; stripped from it and kept as what the article calls the actor. */
    static final Set<String> TITLES = Set.of("President", "Vice", "Prime", "Minister", "Premier", "Chancellor",
            "Secretary", "Sheriff", "Judge", "Justice", "Mrs", "Mr", "Ms", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady",
            "Senator", "Sen", "Rep", "Representative", "Governor", "Gov", "Mayor", "King", "Queen", "Prince",
            "Princess", "Pope", "General", "Gen", "Colonel", "Col", "Major", "Captain", "Capt", "Lieutenant",
            "Admiral", "Commissioner", "Chief", "Inspector", "Detective", "Sergeant", "Professor", "Prof", "Rev",
            "Reverend", "Father", "Bishop", "Archbishop", "Ambassador", "Envoy", "Special", "Deputy", "Acting",
            "Foreign", "Defence", "Defense", "Finance", "Health", "Interior", "Trade", "Transport", "Speaker",
            "Chairman", "Chairwoman", "Attorney", "Councillor", "Councilor", "Superintendent", "Spokesman",
            "Spokeswoman", "Director", "Commander");
    /** Titles that are completed by "of State" and the like. */
    static final Set<String> TITLE_COMPLEMENTS = Set.of("State", "Defence", "Defense", "Justice", "Staff");
    static final Set<String> POST_NOMINALS = Set.of("KC", "QC", "MP", "MEP", "MSP", "Jr", "Sr", "PhD", "OBE", "MBE", "CBE");

    /** Lower-case nouns for the role a person holds; a title word when met before or beside a name. */
    static final Set<String> PERSON_ROLES = Set.of("president", "leader", "premier", "minister", "chancellor", "envoy",
            "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "secretary", "director", "head",
            "chief", "executive", "officer", "judge", "justice", "prosecutor", "barrister", "lawyer", "attorney",
            "councillor", "councilor", "mayor", "governor", "sheriff", "commander", "general", "analyst", "economist",
            "chairman", "chairwoman", "chair", "founder", "candidate", "banker", "senator", "ambassador", "diplomat",
            "negotiator", "official", "monarch", "king", "queen", "witness", "defendant", "rival", "mp", "lawmaker",
            "commissioner", "inspector", "manager", "editor", "correspondent", "researcher", "scientist");
    /** Roles a head of state or government is referred back to by ("the Kremlin leader"). */
    static final Set<String> LEADER_ROLES = Set.of("president", "leader", "premier", "minister", "chancellor", "head");

    /** Lower-case nouns for an organisation, by the class a back-reference must agree with. */
    static final Map<String, String> ORGANISATION_ROLES = Map.ofEntries(
            Map.entry("company", "company"), Map.entry("firm", "company"), Map.entry("operator", "company"),
            Map.entry("carrier", "company"), Map.entry("utility", "company"), Map.entry("lender", "company"),
            Map.entry("bank", "company"), Map.entry("carmaker", "company"), Map.entry("manufacturer", "company"),
            Map.entry("maker", "company"), Map.entry("airline", "company"), Map.entry("insurer", "company"),
            Map.entry("retailer", "company"), Map.entry("consultancy", "company"), Map.entry("group", "group"),
            Map.entry("union", "union"), Map.entry("alliance", "group"), Map.entry("institute", "research"),
            Map.entry("monitor", "research"), Map.entry("agency", "government"), Map.entry("ministry", "government"),
            Map.entry("government", "government"), Map.entry("authority", "government"), Map.entry("region", "government"),
            Map.entry("council", "government"), Map.entry("department", "government"), Map.entry("office", "government"),
            Map.entry("court", "government"), Map.entry("commission", "government"), Map.entry("regulator", "government"),
            Map.entry("party", "party"), Map.entry("campaign", "party"), Map.entry("newspaper", "media"),
            Map.entry("broadcaster", "media"));

    /** Words that make a capitalised name an organisation, and of which kind. */
    static final Map<String, ActorKind> ORGANISATION_WORDS = Map.ofEntries(
            Map.entry("Ministry", ActorKind.GOVERNMENT), Map.entry("Department", ActorKind.GOVERNMENT),
            Map.entry("Agency", ActorKind.GOVERNMENT), Map.entry("Authority", ActorKind.GOVERNMENT),
            Map.entry("Administration", ActorKind.GOVERNMENT), Map.entry("Office", ActorKind.GOVERNMENT),
            Map.entry("Police", ActorKind.GOVERNMENT), Map.entry("Force", ActorKind.GOVERNMENT),
            Map.entry("Army", ActorKind.GOVERNMENT), Map.entry("Navy", ActorKind.GOVERNMENT),
            Map.entry("Guard", ActorKind.GOVERNMENT), Map.entry("Commission", ActorKind.GOVERNMENT),
            Map.entry("Council", ActorKind.GOVERNMENT), Map.entry("Parliament", ActorKind.GOVERNMENT),
            Map.entry("Senate", ActorKind.GOVERNMENT), Map.entry("Congress", ActorKind.GOVERNMENT),
            Map.entry("Assembly", ActorKind.GOVERNMENT), Map.entry("Government", ActorKind.GOVERNMENT),
            Map.entry("Court", ActorKind.GOVERNMENT), Map.entry("Cabinet", ActorKind.GOVERNMENT),
            Map.entry("Treasury", ActorKind.GOVERNMENT), Map.entry("Bureau", ActorKind.GOVERNMENT),
            Map.entry("Directorate", ActorKind.GOVERNMENT), Map.entry("Inspectorate", ActorKind.GOVERNMENT),
            Map.entry("Institute", ActorKind.ORGANIZATION), Map.entry("Alliance", ActorKind.ORGANIZATION),
            Map.entry("Union", ActorKind.ORGANIZATION), Map.entry("Party", ActorKind.ORGANIZATION),
            Map.entry("Motors", ActorKind.ORGANIZATION), Map.entry("Power", ActorKind.ORGANIZATION),
            Map.entry("Energy", ActorKind.ORGANIZATION), Map.entry("Airlines", ActorKind.ORGANIZATION),
            Map.entry("Airways", ActorKind.ORGANIZATION), Map.entry("Airport", ActorKind.ORGANIZATION),
            Map.entry("Bank", ActorKind.ORGANIZATION), Map.entry("Mutual", ActorKind.ORGANIZATION),
            Map.entry("Group", ActorKind.ORGANIZATION), Map.entry("Company", ActorKind.ORGANIZATION),
            Map.entry("Corporation", ActorKind.ORGANIZATION), Map.entry("Corp", ActorKind.ORGANIZATION),
            Map.entry("Inc", ActorKind.ORGANIZATION), Map.entry("Ltd", ActorKind.ORGANIZATION),
            Map.entry("Plc", ActorKind.ORGANIZATION), Map.entry("LLC", ActorKind.ORGANIZATION),
            Map.entry("Holdings", ActorKind.ORGANIZATION), Map.entry("Research", ActorKind.ORGANIZATION),
            Map.entry("Foundation", ActorKind.ORGANIZATION), Map.entry("Trust", ActorKind.ORGANIZATION),
            Map.entry("Society", ActorKind.ORGANIZATION), Map.entry("Association", ActorKind.ORGANIZATION),
            Map.entry("Federation", ActorKind.ORGANIZATION), Map.entry("Network", ActorKind.ORGANIZATION),
            Map.entry("University", ActorKind.ORGANIZATION), Map.entry("College", ActorKind.ORGANIZATION),
            Map.entry("Hospital", ActorKind.ORGANIZATION), Map.entry("Fund", ActorKind.ORGANIZATION),
            Map.entry("Forum", ActorKind.ORGANIZATION), Map.entry("Organisation", ActorKind.ORGANIZATION),
            Map.entry("Organization", ActorKind.ORGANIZATION), Map.entry("Committee", ActorKind.ORGANIZATION),
            Map.entry("Coalition", ActorKind.ORGANIZATION), Map.entry("Movement", ActorKind.ORGANIZATION),
            Map.entry("Centre", ActorKind.ORGANIZATION), Map.entry("Center", ActorKind.ORGANIZATION),
            Map.entry("Service", ActorKind.ORGANIZATION), Map.entry("Technologies", ActorKind.ORGANIZATION),
            Map.entry("Systems", ActorKind.ORGANIZATION), Map.entry("Labs", ActorKind.ORGANIZATION),
            Map.entry("Capital", ActorKind.ORGANIZATION), Map.entry("Partners", ActorKind.ORGANIZATION),
            Map.entry("Ventures", ActorKind.ORGANIZATION), Map.entry("Investments", ActorKind.ORGANIZATION),
            Map.entry("Club", ActorKind.ORGANIZATION), Map.entry("League", ActorKind.ORGANIZATION),
            Map.entry("News", ActorKind.MEDIA), Map.entry("Times", ActorKind.MEDIA), Map.entry("Post", ActorKind.MEDIA),
            Map.entry("Press", ActorKind.MEDIA), Map.entry("Broadcasting", ActorKind.MEDIA),
            Map.entry("Radio", ActorKind.MEDIA), Map.entry("Television", ActorKind.MEDIA));
    /** A centre or service is public when its name opens with one of these ("National Weather Service"). */
    static final Set<String> PUBLIC_OPENERS = Set.of("National", "Federal", "State", "Royal", "Regional", "Civil",
            "Secret", "Public", "Central", "Municipal", "Provincial", "Imperial", "US", "U.S.", "UN", "EU");

    /** Single words or fixed names that stand for a government or its seat. */
    static final Set<String> GOVERNMENT_SEATS = Set.of("Kremlin", "White House", "Pentagon", "Downing Street",
            "Elysee", "Élysée", "Bundestag", "Knesset", "Duma", "General Staff", "Foreign Office", "Home Office",
            "State Department", "Congress", "Vatican");

    /** Bodies known by their acronym, with their kind; any other acronym is taken for an organisation. */
    static final Map<String, ActorKind> ACRONYMS = Map.ofEntries(Map.entry("NASA", ActorKind.GOVERNMENT),
            Map.entry("FBI", ActorKind.GOVERNMENT), Map.entry("CIA", ActorKind.GOVERNMENT),
            Map.entry("NATO", ActorKind.GOVERNMENT), Map.entry("UN", ActorKind.GOVERNMENT),
            Map.entry("IMF", ActorKind.ORGANIZATION), Map.entry("WHO", ActorKind.ORGANIZATION),
            Map.entry("OPEC", ActorKind.GOVERNMENT), Map.entry("FAA", ActorKind.GOVERNMENT),
            Map.entry("SEC", ActorKind.GOVERNMENT), Map.entry("ECB", ActorKind.GOVERNMENT),
            Map.entry("BBC", ActorKind.MEDIA), Map.entry("CNN", ActorKind.MEDIA), Map.entry("AP", ActorKind.MEDIA),
            Map.entry("AFP", ActorKind.MEDIA));
    /** Capitals that are not actors: countries' short names, units and the like. */
    static final Set<String> NOT_ACRONYMS = Set.of("US", "USA", "UK", "EU", "KC", "QC", "MP", "TV", "CEO", "SUV", "GDP",
            "AM", "PM", "GMT", "BST", "CET", "EST", "PST", "UTC", "OK", "II", "III", "IV", "COVID", "AI", "ID", "DNA",
            "FAQ", "PDF", "URL", "LIVE", "UPDATE", "WATCH", "READ", "NEW");

    /** First words of place, weather and event names that look like people ("Storm Tamsin", "Cape Breton"). */
    static final Set<String> NOT_PERSON_OPENERS = Set.of("Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical",
            "Mount", "Lake", "River", "Cape", "Gulf", "Port", "Fort", "Saint", "St", "San", "Santa", "Los", "Las",
            "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
            "Lower", "Greater", "Sea", "Bay", "Camp", "Operation", "Project", "Flight", "Route", "Highway", "Interstate");
    /** Last words of place and event names. */
    static final Set<String> PLACE_ENDINGS = Set.of("County", "Oblast", "Province", "District", "Street", "Road",
            "Avenue", "Square", "Island", "Islands", "Sea", "River", "Valley", "Bay", "Coast", "Mountains", "Fire",
            "Canyon", "Park", "Stadium", "Hall", "Bridge", "Station", "Peninsula", "Strait", "Ocean", "Desert",
            "Basin", "Heights", "Summit", "Plan", "Act", "Bill", "Cup", "Games", "Festival", "Day", "Week", "War");
    /** Words before a name that make it a place: "across Nova Scotia", "in Santa Paula". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "across", "from", "at", "into", "outside",
            "around", "throughout", "toward", "towards", "along", "off", "via", "inside", "within", "through");

    /** Countries and territories a desk commonly meets, with the adjective a title uses ("Russian President"). */
    static final Set<String> COUNTRIES = Set.of("Afghanistan", "Albania", "Algeria", "Argentina", "Armenia",
            "Australia", "Austria", "Azerbaijan", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil",
            "Bulgaria", "Cambodia", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus", "Czechia",
            "Denmark", "Egypt", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Georgia", "Germany", "Ghana",
            "Greece", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
            "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kyrgyzstan", "Latvia", "Lebanon", "Libya",
            "Lithuania", "Luxembourg", "Malaysia", "Mali", "Malta", "Mexico", "Moldova", "Mongolia", "Montenegro",
            "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria",
            "North Korea", "Norway", "Pakistan", "Palestine", "Panama", "Peru", "Philippines", "Poland", "Portugal",
            "Qatar", "Romania", "Russia", "Samoa", "Saudi Arabia", "Serbia", "Singapore", "Slovakia", "Slovenia",
            "Somalia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria",
            "Taiwan", "Tajikistan", "Thailand", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine",
            "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen",
            "Zambia", "Zimbabwe", "Britain", "America", "Europe", "Crimea", "Scotland", "Wales", "England");
    static final Set<String> NATIONALITIES = Set.of("American", "Australian", "Austrian", "Belgian", "British",
            "Canadian", "Chinese", "Croatian", "Czech", "Danish", "Dutch", "Egyptian", "Estonian", "European",
            "Fijian", "Finnish", "French", "Georgian", "German", "Greek", "Hungarian", "Indian", "Iranian", "Iraqi",
            "Irish", "Israeli", "Italian", "Japanese", "Kazakh", "Kyrgyz", "Latvian", "Lithuanian", "Mexican",
            "Moldovan", "Norwegian", "Pakistani", "Palestinian", "Polish", "Portuguese", "Romanian", "Russian",
            "Saudi", "Serbian", "Slovak", "Spanish", "Swedish", "Swiss", "Syrian", "Tongan", "Turkish", "Ukrainian",
            "US", "U.S.", "UK", "EU", "Western", "Belarusian", "Korean", "Scottish", "Welsh",
            "English", "Brazilian", "Argentine", "Nigerian", "Kenyan", "Taiwanese", "Vietnamese", "Thai", "Filipino");

    /** Nouns for a group of people that speaks as one: "European officials", "a group of landowners". */
    static final Set<String> GROUP_NOUNS = Set.of("officials", "diplomats", "analysts", "lawmakers", "landowners",
            "residents", "protesters", "critics", "economists", "experts", "negotiators", "campaigners", "activists",
            "scientists", "doctors", "investors", "farmers", "workers", "parents", "voters", "sources", "leaders",
            "prosecutors", "investigators", "researchers", "observers", "monitors", "ministers", "lawyers", "unions",
            "employees", "teachers", "nurses", "pilots", "drivers", "families", "survivors", "shareholders");

    private NewsLexicon() {
    }
}
