package dev.crm.application.sampledata;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Words to build realistic records from: international first and last names, company name parts and industries,
 * job titles, mail domains and phone formats, cities, project and task names. In code on purpose: the loader
 * downloads nothing. Phone numbers use the ranges reserved for fiction (NANP 555-01xx, Ofcom's drama numbers, …) so
 * no generated number rings a real person.
 */
public final class Vocabulary {

    public static final List<String> FIRST_NAMES = List.of(
            "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger",
            "Sophie", "Lukas", "Emma", "Noah", "Mia", "Elias", "Hannah", "Jonas", "Lea", "Felix",
            "Olivia", "Liam", "Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Freya", "Jack",
            "Chloé", "Louis", "Inès", "Hugo", "Léa", "Gabriel", "Manon", "Raphaël", "Camille", "Arthur",
            "Sofía", "Mateo", "Lucía", "Santiago", "Valentina", "Diego", "Martina", "Alejandro", "Paula", "Javier",
            "Giulia", "Leonardo", "Francesca", "Lorenzo", "Chiara", "Matteo", "Aurora", "Tommaso", "Alessia", "Riccardo",
            "Anna", "Jan", "Zofia", "Jakub", "Maja", "Kacper", "Julia", "Szymon", "Natalia", "Piotr",
            "Sanne", "Daan", "Fleur", "Sem", "Lotte", "Bram", "Noor", "Thijs", "Eva", "Ruben",
            "Ingrid", "Lars", "Astrid", "Erik", "Sigrid", "Nils", "Freja", "Magnus", "Elin", "Oskar",
            "Aino", "Eero", "Helmi", "Väinö", "Saara", "Juho", "Aada", "Onni", "Iida", "Leevi",
            "João", "Beatriz", "Tiago", "Mariana", "Rafael", "Inês", "Gonçalo", "Catarina", "Duarte", "Leonor",
            "Yuki", "Haruto", "Sakura", "Ren", "Aoi", "Sota", "Hina", "Kaito", "Mei", "Riku",
            "Wei", "Li", "Jing", "Hao", "Xiu", "Ming", "Fang", "Jun", "Lan", "Tao",
            "Aarav", "Priya", "Vivaan", "Ananya", "Arjun", "Diya", "Rohan", "Isha", "Kabir", "Meera",
            "Chinedu", "Amara", "Kwame", "Ama", "Tunde", "Zainab", "Sipho", "Thandiwe", "Kofi", "Nia",
            "Omar", "Layla", "Yusuf", "Fatima", "Karim", "Amina", "Hassan", "Mariam", "Tariq", "Noura",
            "Mehmet", "Elif", "Emre", "Zeynep", "Can", "Ayşe", "Burak", "Deniz", "Selin", "Kerem",
            "Dmitri", "Olga", "Ivan", "Tatiana", "Nikolai", "Irina", "Sergei", "Svetlana", "Pavel", "Yelena",
            "Carlos", "Camila", "Miguel", "Valeria", "Andrés", "Daniela", "Felipe", "Gabriela", "Luis", "Ximena",
            "Ethan", "Madison", "Mason", "Harper", "Logan", "Abigail", "Lucas", "Emily", "Caleb", "Zoë",
            "Siobhán", "Seán", "Aoife", "Ciarán", "Niamh", "Oisín", "Róisín", "Cian", "Saoirse", "Darragh");

    public static final List<String> LAST_NAMES = List.of(
            "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson", "Allen", "Dijkstra",
            "Smith", "Jones", "Williams", "Brown", "Taylor", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
            "Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Jackson", "White", "Harris",
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "García", "Fernández", "González", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz",
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
            "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
            "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
            "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato",
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
            "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta", "Chatterjee",
            "Okafor", "Adeyemi", "Mensah", "Boateng", "Nkosi", "Dlamini", "Mwangi", "Okonkwo", "Abubakar", "Diallo",
            "Haddad", "Khoury", "Nasser", "Mansour", "Saleh", "Hussein", "Aziz", "Rahman", "Farouk", "Karimi",
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
            "Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov",
            "O'Brien", "Murphy", "Kelly", "O'Sullivan", "Walsh", "McCarthy", "Byrne", "Ryan", "O'Connor", "Doyle");

    public static final List<String> COMPANY_WORDS = List.of(
            "Analytical", "Northwind", "Blue Harbor", "Silverline", "Redwood", "Summit", "Bright Path", "Ironbridge",
            "Greenfield", "Lighthouse", "Polaris", "Crescent", "Evergreen", "Granite", "Horizon", "Keystone",
            "Maple Leaf", "Nimbus", "Oakridge", "Pinnacle", "Quantum", "Riverbend", "Sapphire", "Tidewater",
            "Union Square", "Vantage", "Westgate", "Yellowstone", "Zenith", "Amber", "Beacon", "Cobalt",
            "Driftwood", "Ember", "Falcon", "Glacier", "Harbor Light", "Indigo", "Juniper", "Kestrel",
            "Lakeside", "Meridian", "Nova", "Orchard", "Pioneer", "Quarry", "Rosewood", "Stonebridge",
            "Thistle", "Upland", "Velvet", "Willow", "Alder", "Birch", "Cedar", "Elm", "Fjord", "Harvest",
            "Atlas", "Borealis", "Cascade", "Delta", "Equinox", "Fulcrum", "Gemini", "Helix", "Ion", "Jade");

    public static final List<String> COMPANY_TRADES = List.of(
            "Engines", "Logistics", "Labs", "Analytics", "Software", "Consulting", "Health", "Energy", "Foods",
            "Capital", "Robotics", "Media", "Textiles", "Pharma", "Architects", "Insurance", "Motors", "Telecom",
            "Biotech", "Solar", "Shipping", "Data", "Design", "Security", "Materials", "Instruments", "Aerospace",
            "Partners", "Systems", "Studios", "Brewing", "Outfitters", "Hospitality", "Realty", "Education", "Games");

    public static final List<String> LEGAL_FORMS = List.of(
            "", "", "", "Ltd", "Inc.", "GmbH", "AG", "S.A.", "S.r.l.", "B.V.", "AB", "Oy", "LLC", "plc", "SAS", "Lda.",
            "K.K.", "Pty Ltd", "Co.", "& Co.");

    public static final List<String> TLDS = List.of(
            "com", "com", "com", "io", "co.uk", "de", "fr", "es", "it", "pl", "nl", "se", "fi", "pt", "jp", "in",
            "com.au", "ca", "ch", "at", "ie", "example");

    public static final List<String> SENIORITIES = List.of(
            "", "", "", "Senior", "Junior", "Lead", "Principal", "Head of", "Chief", "Vice President of",
            "Director of", "Associate", "Staff");

    public static final List<String> FUNCTIONS = List.of(
            "Sales", "Marketing", "Engineering", "Finance", "Operations", "Product", "Procurement", "Legal",
            "Customer Success", "Human Resources", "Research", "Data", "Security", "Design", "Partnerships",
            "Business Development", "Supply Chain", "Quality", "Communications", "IT");

    public static final List<String> ROLES = List.of(
            "Manager", "Engineer", "Analyst", "Consultant", "Specialist", "Officer", "Coordinator", "Architect",
            "Account Executive", "Representative", "Advisor", "Administrator", "Buyer", "Strategist");

    public static final List<String> STANDALONE_TITLES = List.of(
            "CEO", "CTO", "CFO", "COO", "Founder", "Co-founder", "Managing Director", "Owner", "Office Manager",
            "Executive Assistant", "Software Developer", "Data Scientist", "Project Manager", "Accountant",
            "Sales Manager", "Buyer", "Product Owner", "Scrum Master", "General Counsel", "Recruiter");

    public static final List<String> PERSONAL_MAIL_DOMAINS = List.of(
            "example.com", "example.org", "example.net", "mail.example", "post.example");

    /** The industry a company of each trade works in, as a CRM user would file it. */
    private static final Map<String, String> INDUSTRY_BY_TRADE = Map.ofEntries(
            Map.entry("Engines", "Manufacturing"), Map.entry("Logistics", "Transportation & Logistics"),
            Map.entry("Labs", "Research"), Map.entry("Analytics", "Information Technology"),
            Map.entry("Software", "Software"), Map.entry("Consulting", "Professional Services"),
            Map.entry("Health", "Healthcare"), Map.entry("Energy", "Energy"), Map.entry("Foods", "Food & Beverage"),
            Map.entry("Capital", "Financial Services"), Map.entry("Robotics", "Industrial Automation"),
            Map.entry("Media", "Media & Entertainment"), Map.entry("Textiles", "Textiles & Apparel"),
            Map.entry("Pharma", "Pharmaceuticals"), Map.entry("Architects", "Architecture & Planning"),
            Map.entry("Insurance", "Insurance"), Map.entry("Motors", "Automotive"),
            Map.entry("Telecom", "Telecommunications"), Map.entry("Biotech", "Biotechnology"),
            Map.entry("Solar", "Renewable Energy"), Map.entry("Shipping", "Maritime"),
            Map.entry("Data", "Information Technology"), Map.entry("Design", "Design"),
            Map.entry("Security", "Security & Investigations"), Map.entry("Materials", "Chemicals & Materials"),
            Map.entry("Instruments", "Electronics"), Map.entry("Aerospace", "Aerospace & Defense"),
            Map.entry("Partners", "Investment Management"), Map.entry("Systems", "Information Technology"),
            Map.entry("Studios", "Media & Entertainment"), Map.entry("Brewing", "Food & Beverage"),
            Map.entry("Outfitters", "Retail"), Map.entry("Hospitality", "Hospitality"),
            Map.entry("Realty", "Real Estate"), Map.entry("Education", "Education"), Map.entry("Games", "Video Games"));

    public static final List<String> CITIES = List.of(
            "London", "Manchester", "Dublin", "Berlin", "Munich", "Hamburg", "Vienna", "Zurich", "Paris", "Lyon",
            "Madrid", "Barcelona", "Lisbon", "Porto", "Milan", "Turin", "Rotterdam", "Amsterdam", "Brussels",
            "Copenhagen", "Stockholm", "Oslo", "Helsinki", "Warsaw", "Kraków", "Prague", "Istanbul", "Dubai",
            "Nairobi", "Lagos", "Cape Town", "Mumbai", "Bangalore", "Singapore", "Tokyo", "Osaka", "Shanghai",
            "Sydney", "Melbourne", "Toronto", "Montréal", "New York", "Boston", "Chicago", "Austin", "Seattle",
            "San Francisco", "Mexico City", "São Paulo", "Buenos Aires");

    public static final List<String> COMPANY_PROFILES = List.of(
            "Small", "Mid-sized", "Large", "Family-owned", "Fast-growing", "Publicly listed", "Venture-backed",
            "Privately held", "Long-established", "Employee-owned");

    public static final List<String> ACCOUNT_NOTES = List.of(
            "Customer since %d.", "Prospect met at a trade fair in %d.", "Long-standing partner; framework agreement renewed in %d.",
            "Key account, contract up for renewal in %d.", "Referred by an existing customer in %d.",
            "Former customer (until %d); worth re-engaging.", "Evaluating our offer since %d.",
            "Pilot project delivered in %d; rollout under discussion.", "Supplier since %d.");

    public static final List<String> ACCOUNT_REMARKS = List.of(
            "Decisions go through procurement.", "Prefers quarterly business reviews.", "Invoices by e-mail only.",
            "Main contact changed recently.", "Strict security review before any new tool.",
            "Budget planning happens in autumn.", "Several subsidiaries abroad.", "Pays reliably, within 30 days.");

    public static final List<String> PROJECT_TOPICS = List.of(
            "Website", "CRM", "ERP", "Data warehouse", "Mobile app", "Customer portal", "Onboarding", "Brand",
            "Pricing", "Supply chain", "IT security", "Cloud", "Payroll", "Warehouse", "Trade fair", "Newsletter",
            "Partner programme", "Support desk", "Invoicing", "Reporting", "Analytics", "Intranet", "Office",
            "Recruiting", "Compliance", "Product catalogue", "Sales playbook", "Loyalty programme", "Online shop",
            "Network", "Data protection", "Customer survey", "Field service", "Procurement");

    public static final List<String> PROJECT_KINDS = List.of(
            "relaunch", "migration", "rollout", "redesign", "upgrade", "audit", "pilot", "integration", "review",
            "refresh", "implementation", "consolidation", "launch", "optimisation", "training", "tender", "roadmap",
            "proof of concept", "modernisation", "expansion");

    public static final List<String> TASK_DOCUMENTS = List.of(
            "proposal", "contract draft", "status report", "budget", "test plan", "release notes", "risk register",
            "NDA", "quote", "workshop agenda", "meeting minutes", "requirements document", "project charter",
            "slides for the steering committee", "training materials", "statement of work", "cost estimate",
            "change request", "user guide", "go-live checklist");

    public static final List<String> TASK_DOCUMENT_VERBS = List.of(
            "Prepare", "Review", "Draft", "Finalise", "Send", "Update", "Approve", "Proofread", "Share", "Sign off");

    public static final List<String> TASK_MEETINGS = List.of(
            "kickoff meeting", "steering committee", "weekly sync", "workshop", "product demo", "retrospective",
            "site visit", "training session", "go-live review", "budget review");

    public static final List<String> TASK_MEETING_VERBS = List.of(
            "Schedule", "Prepare", "Book a room for", "Send invitations for", "Reschedule", "Run", "Follow up on");

    public static final List<String> TASK_CALL_TOPICS = List.of(
            "the renewal", "pricing", "the delivery date", "open questions", "the invoice", "next steps",
            "access rights", "the contract", "the test results", "the timeline");

    public static final List<String> TASK_CHORES = List.of(
            "Set up test environment", "Fix login issue", "Migrate customer data", "Clean up duplicate records",
            "Order new laptops", "Renew SSL certificate", "Update price list", "Collect feedback from users",
            "Archive old documents", "Configure single sign-on", "Back up the database", "Translate product sheet",
            "Check GDPR consent forms", "Import supplier list", "Reconcile open invoices", "Write FAQ entries",
            "Set up reporting dashboard", "Test the mobile layout", "Plan the data migration", "Onboard new team member");

    private Vocabulary() {
    }

    public static <T> T pick(SplittableRandom random, List<T> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** The industry companies of a trade ({@link #COMPANY_TRADES}) work in. */
    public static String industryOf(String trade) {
        String industry = INDUSTRY_BY_TRADE.get(trade);
        if (industry == null) {
            throw new IllegalArgumentException("no industry for the trade " + trade);
        }
        return industry;
    }

    /** {@code true} with the given probability. */
    public static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Lower-case ASCII letters and digits only: "Wiśniewski" → "wisniewski", "O'Brien" → "obrien". */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("ø", "o");
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A phone number in one of several national formats, always within a range reserved for fiction. */
    public static String phone(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> "+1 (%03d) 555-01%02d".formatted(200 + random.nextInt(800), random.nextInt(100));
            case 1 -> "+44 20 7946 0%03d".formatted(random.nextInt(1000));
            case 2 -> "+44 161 496 0%03d".formatted(random.nextInt(1000));
            case 3 -> "+61 2 5550 %04d".formatted(random.nextInt(10000));
            case 4 -> "+49 30 23125 %03d".formatted(random.nextInt(1000));
            default -> "+33 1 99 00 %02d %02d".formatted(random.nextInt(100), random.nextInt(100));
        };
    }
}
