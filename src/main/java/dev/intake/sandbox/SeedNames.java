package dev.intake.sandbox;

import java.util.List;

/**
 * Name pools for generated candidates. Each culture keeps its own script and name order, and gives a Latin
 * spelling for the e-mail address, so that sorting, searching and rendering are exercised with accents,
 * apostrophes and non-Latin scripts the way a real applicant list has them.
 */
final class SeedNames {
    private SeedNames() {
    }

    /** A name and how it is written in an e-mail address. */
    record Part(String text, String latin) {
    }

    /** How a culture writes a full name. */
    enum Order {
        GIVEN_FAMILY, FAMILY_SPACE_GIVEN, FAMILY_GIVEN
    }

    record Culture(String country, String phonePrefix, Order order, List<Part> given, List<Part> family) {
        String fullName(Part first, Part last) {
            return switch (order) {
                case GIVEN_FAMILY -> first.text() + " " + last.text();
                case FAMILY_SPACE_GIVEN -> last.text() + " " + first.text();
                case FAMILY_GIVEN -> last.text() + first.text();
            };
        }
    }

    private static List<Part> latin(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Part(n, null)).toList();
    }

    private static List<Part> pairs(String... textThenLatin) {
        java.util.ArrayList<Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < textThenLatin.length; i += 2) {
            parts.add(new Part(textThenLatin[i], textThenLatin[i + 1]));
        }
        return List.copyOf(parts);
    }

    static final List<Culture> CULTURES = List.of(
            new Culture("France", "+33", Order.GIVEN_FAMILY,
                    latin("Zoë", "Élodie", "Théo", "Anaïs", "Jérôme", "Benoît", "Cécile", "Maëlle", "François"),
                    latin("Lefèvre", "Dubois", "Girard", "Rousseau", "Mercier", "Fontaine", "Bérenger")),
            new Culture("Poland", "+48", Order.GIVEN_FAMILY,
                    latin("Łukasz", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Agnieszka", "Jędrzej"),
                    latin("Nowak", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Błaszczyk", "Sęk")),
            new Culture("Germany", "+49", Order.GIVEN_FAMILY,
                    latin("Jürgen", "Käthe", "Jörg", "Lena", "Maximilian", "Sören", "Ulrike"),
                    latin("Müller", "Schröder", "Groß", "Weiß", "Köhler", "Meyer-Lüdenscheidt")),
            new Culture("Spain", "+34", Order.GIVEN_FAMILY,
                    latin("José", "María", "Iñigo", "Begoña", "Andrés", "Nuria"),
                    latin("Peña", "Muñoz", "Núñez", "Ibáñez", "García Márquez")),
            new Culture("Brazil", "+55", Order.GIVEN_FAMILY,
                    latin("João", "Conceição", "Luís", "Thaís", "Antônio"),
                    latin("Gonçalves", "Araújo", "Magalhães", "Simões")),
            new Culture("Japan", "+81", Order.FAMILY_SPACE_GIVEN,
                    pairs("太郎", "taro", "花子", "hanako", "健", "ken", "陽菜", "hina", "翔太", "shota"),
                    pairs("山田", "yamada", "佐藤", "sato", "鈴木", "suzuki", "高橋", "takahashi", "田中", "tanaka")),
            new Culture("Greece", "+30", Order.GIVEN_FAMILY,
                    pairs("Αλέξανδρος", "alexandros", "Ελένη", "eleni", "Γιώργος", "giorgos", "Νίκος", "nikos"),
                    pairs("Παπαδόπουλος", "papadopoulos", "Οικονόμου", "oikonomou", "Γεωργίου", "georgiou",
                            "Νικολάου", "nikolaou")),
            new Culture("Egypt", "+20", Order.GIVEN_FAMILY,
                    pairs("محمد", "mohamed", "فاطمة", "fatma", "أحمد", "ahmed", "ليلى", "layla", "يوسف", "youssef"),
                    pairs("حسن", "hassan", "منصور", "mansour", "خليل", "khalil", "العلي", "alali")),
            new Culture("China", "+86", Order.FAMILY_GIVEN,
                    pairs("伟", "wei", "芳", "fang", "磊", "lei", "静", "jing"),
                    pairs("王", "wang", "李", "li", "张", "zhang", "刘", "liu")),
            new Culture("Ukraine", "+380", Order.GIVEN_FAMILY,
                    pairs("Олена", "olena", "Андрій", "andrii", "Тарас", "taras", "Оксана", "oksana"),
                    pairs("Шевченко", "shevchenko", "Бондаренко", "bondarenko", "Ткаченко", "tkachenko",
                            "Ковальчук", "kovalchuk")),
            new Culture("India", "+91", Order.GIVEN_FAMILY,
                    pairs("आरव", "aarav", "प्रिया", "priya", "Rohan", "rohan", "Ananya", "ananya"),
                    pairs("शर्मा", "sharma", "Patel", "patel", "Iyer", "iyer", "Reddy", "reddy")),
            new Culture("South Korea", "+82", Order.FAMILY_GIVEN,
                    pairs("민준", "minjun", "서연", "seoyeon", "지호", "jiho"),
                    pairs("김", "kim", "이", "lee", "박", "park")),
            new Culture("Türkiye", "+90", Order.GIVEN_FAMILY,
                    latin("Çağla", "Gülşen", "Oğuz", "Şule", "İsmail"),
                    latin("Yılmaz", "Öztürk", "Çelik", "Şahin")),
            new Culture("Ireland", "+353", Order.GIVEN_FAMILY,
                    latin("Siobhán", "Seán", "Niamh", "Aoife", "Pádraig"),
                    latin("O'Brien", "Murphy", "Ní Bhriain", "MacCárthaigh", "Smith-Jones")),
            new Culture("Vietnam", "+84", Order.FAMILY_SPACE_GIVEN,
                    latin("Anh", "Hương", "Đức", "Thảo", "Quỳnh"),
                    latin("Nguyễn", "Trần", "Lê", "Phạm")),
            new Culture("Norway", "+47", Order.GIVEN_FAMILY,
                    latin("Åsa", "Søren", "Bjørn", "Ørjan", "Ingrid"),
                    latin("Ødegård", "Åberg", "Lindqvist", "Sørensen")),
            new Culture("Israel", "+972", Order.GIVEN_FAMILY,
                    pairs("נועה", "noa", "דוד", "david", "תמר", "tamar"),
                    pairs("כהן", "cohen", "לוי", "levi", "מזרחי", "mizrahi")));

    /** People who are always there, first in the list, so demos and tests can rely on them. */
    static final List<String[]> FIXED = List.of(
            // first name, last name, full name, e-mail, country
            new String[] {"Zoë", "Lefèvre", "Zoë Lefèvre", "zoe.lefevre@example.com", "France"},
            new String[] {"Łukasz", "Wójcik", "Łukasz Wójcik", "Lukasz.Wojcik@Example.org", "Poland"},
            new String[] {"太郎", "山田", "山田 太郎", "taro.yamada@example.jp", "Japan"},
            new String[] {"Αλέξανδρος", "Παπαδόπουλος", "Αλέξανδρος Παπαδόπουλος", "alexandros.p@example.gr",
                "Greece"},
            new String[] {"محمد", "حسن", "محمد حسن", "mohamed.hassan@example.com", "Egypt"},
            new String[] {"Siobhán", "O'Brien", "Siobhán O'Brien", "siobhan.obrien@example.ie", "Ireland"},
            new String[] {"José", "Núñez", "José Núñez", "jose.nunez@example.es", "Spain"},
            new String[] {"Bjørn", "Sørensen", "Bjørn Sørensen", "bjorn.sorensen@example.no", "Norway"});

    static final List<String> COMPANIES = List.of("Acme Logistics", "Nordlicht GmbH", "Société Générale d'Études",
            "株式会社サンプル", "Globex", "Initech", "Żabka Polska", "Umbrella Health", "Hooli", "Stark Industries",
            "Soylent Foods", "Wayne Enterprises", "Pied Piper", "Vandelay Imports");

    static final List<String> TITLES = List.of("Software Engineer", "Account Executive", "Product Designer",
            "Data Analyst", "Customer Success Manager", "Recruiter", "Financial Analyst", "Operations Manager",
            "Marketing Specialist", "Student", "Office Manager", "Support Engineer");

    static final List<String> DOMAINS = List.of("example.com", "example.org", "example.net", "mail.example.com",
            "post.example.org");
}
