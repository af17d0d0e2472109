package se.styrplan.reporting.rollup;

import java.util.List;

/** The 17 goals of Agenda 2030, by their Swedish names. */
public final class Sdgs {

    private static final List<String> NAMES = List.of(
            "Ingen fattigdom", "Ingen hunger", "God hälsa och välbefinnande", "God utbildning för alla", "Jämställdhet",
            "Rent vatten och sanitet för alla", "Hållbar energi för alla", "Anständiga arbetsvillkor och ekonomisk tillväxt",
            "Hållbar industri, innovationer och infrastruktur", "Minskad ojämlikhet", "Hållbara städer och samhällen",
            "Hållbar konsumtion och produktion", "Bekämpa klimatförändringarna", "Hav och marina resurser",
            "Ekosystem och biologisk mångfald", "Fredliga och inkluderande samhällen", "Genomförande och globalt partnerskap");

    private Sdgs() {
    }

    public static boolean exists(int number) {
        return number >= 1 && number <= NAMES.size();
    }

    /** "11. Hållbara städer och samhällen", as the plan writes it. */
    public static String title(int number) {
        return number + ". " + NAMES.get(number - 1);
    }
}
