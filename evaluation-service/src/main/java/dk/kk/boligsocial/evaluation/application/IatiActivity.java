package dk.kk.boligsocial.evaluation.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.PeriodResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse.PeriodProgress;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse.Target;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.PlanMoney;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction.Cause;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction.Kind;
import dk.kk.boligsocial.evaluation.domain.PlanMoneyTransaction.Source;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanMoneyTransactionRepository;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A granted plan as an IATI 2.03 activity ({@code iati-activities} with one {@code iati-activity}): the framework
 * (title, period, themes, indicators with baselines, targets and approved actuals) as the caller may see it, and the
 * money funding-service announced, line by line. Elements are written in the order the standard's schema requires;
 * the codes chosen are explained in docs/decisions.md ("IATI 2.03 export").
 */
@ApplicationScoped
public class IatiActivity {

    /** Københavns Kommune, the reporting organisation: its CVR number in the org-id.guide's DK-CVR list. */
    public static final String REPORTING_ORG_REF = "DK-CVR-64942212";
    static final String REPORTING_ORG_NAME = "Københavns Kommune";
    static final String LBF_NAME = "Landsbyggefonden";
    /** OrganisationType 10 Government: the municipality. */
    private static final String GOVERNMENT = "10";
    /** OrganisationType 15 Other Public Sector: Landsbyggefonden, a self-governing fund set up by law. */
    private static final String OTHER_PUBLIC_SECTOR = "15";
    /** DAC 5-digit sector 16010 Social protection, the nearest to social work in deprived housing areas. */
    static final String SECTOR = "16010";
    private static final String CURRENCY = "DKK";
    private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();

    private final FrameworkReader frameworks;
    private final PlanMoneyRepository money;
    private final PlanMoneyTransactionRepository transactions;
    private final Timestamps timestamps;
    private final ObjectMapper json;

    public IatiActivity(FrameworkReader frameworks, PlanMoneyRepository money,
            PlanMoneyTransactionRepository transactions, Timestamps timestamps, ObjectMapper json) {
        this.frameworks = frameworks;
        this.money = money;
        this.transactions = transactions;
        this.timestamps = timestamps;
        this.json = json;
    }

    /** The activity file of the plan; 404 (from the framework read) without a framework or for another organisation. */
    @Transactional
    public byte[] export(UUID planId) {
        FrameworkResponse framework = read(frameworks.get(planId));
        PlanMoney planMoney = money.findById(planId);
        List<PlanMoneyTransaction> lines = transactions.ofPlan(planId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", DateTimeFormatter.ISO_INSTANT.format(
                    timestamps.now().truncatedTo(ChronoUnit.SECONDS)));
            activity(xml, framework, planMoney != null && planMoney.isClosed(), lines);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the IATI activity of plan " + planId, e);
        }
        return out.toByteArray();
    }

    private FrameworkResponse read(byte[] document) {
        try {
            return json.readValue(document, FrameworkResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a kept framework", e);
        }
    }

    private static void activity(XMLStreamWriter xml, FrameworkResponse f, boolean moneyClosed,
            List<PlanMoneyTransaction> lines) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "da");
        xml.writeAttribute("default-currency", CURRENCY);
        text(xml, "iati-identifier", REPORTING_ORG_REF + "-" + f.planId());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", REPORTING_ORG_REF);
        xml.writeAttribute("type", GOVERNMENT);
        narrative(xml, REPORTING_ORG_NAME);
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(xml, f.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(xml, "Boligsocial helhedsplan, pulje " + f.roundId() + ". Temaer: " + String.join(", ", f.themes()) + ".");
        xml.writeEndElement();
        participants(xml, f);
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", status(f, moneyClosed));
        date(xml, "1", f.periodStart());
        date(xml, "3", f.periodEnd());
        if (f.completedAt() != null) {
            date(xml, "4", LocalDate.ofInstant(f.completedAt(), ZoneOffset.UTC));
        }
        xml.writeEmptyElement("recipient-country");
        xml.writeAttribute("code", "DK");
        xml.writeAttribute("percentage", "100");
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", "1");
        xml.writeAttribute("code", SECTOR);
        xml.writeAttribute("percentage", "100");
        budgets(xml, lines);
        for (PlanMoneyTransaction line : lines) {
            transaction(xml, line, f.housingOrganisationId());
        }
        for (String theme : f.themes()) {
            result(xml, theme, f.indicators().stream().filter(i -> theme.equals(i.theme())).toList(), f.periods());
        }
        xml.writeEndElement();
    }

    /**
     * Both funders with OrganisationRole 1, the housing organisation implementing (4). Evaluation knows the housing
     * organisation by its id in this system only, not by a registered identifier, so it gets no @ref (an invented one
     * would mislead) but a narrative naming the id.
     */
    private static void participants(XMLStreamWriter xml, FrameworkResponse f) throws XMLStreamException {
        organisation(xml, "1", null, OTHER_PUBLIC_SECTOR, LBF_NAME);
        organisation(xml, "1", REPORTING_ORG_REF, GOVERNMENT, REPORTING_ORG_NAME);
        organisation(xml, "4", null, null, housingOrganisation(f.housingOrganisationId()));
    }

    private static void organisation(XMLStreamWriter xml, String role, String ref, String type, String name)
            throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        xml.writeAttribute("role", role);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        narrative(xml, name);
        xml.writeEndElement();
    }

    /** 2 implementation while the framework is ACTIVE; once completed 3 finalisation, 4 closed when the money is too. */
    private static String status(FrameworkResponse f, boolean moneyClosed) {
        if (!"COMPLETED".equals(f.status())) {
            return "2";
        }
        return moneyClosed ? "4" : "3";
    }

    /**
     * One budget per year of the plan's commitments: type 1 original as granted, and where amendments changed the year
     * a type 2 revised one with the commitment in force; status 2 committed. The close-out's release is no budget
     * change (it is the unspent rest, shown as negative commitment transactions).
     */
    private static void budgets(XMLStreamWriter xml, List<PlanMoneyTransaction> lines) throws XMLStreamException {
        Map<Integer, BigDecimal> granted = new TreeMap<>();
        Map<Integer, BigDecimal> inForce = new TreeMap<>();
        Map<Integer, Boolean> amended = new TreeMap<>();
        for (PlanMoneyTransaction line : lines) {
            if (line.cause() == Cause.GRANT) {
                granted.merge(line.year(), line.amount(), BigDecimal::add);
            }
            if (line.cause() == Cause.GRANT || line.cause() == Cause.AMENDMENT) {
                inForce.merge(line.year(), line.amount(), BigDecimal::add);
            }
            if (line.cause() == Cause.AMENDMENT) {
                amended.put(line.year(), true);
            }
        }
        for (Map.Entry<Integer, BigDecimal> year : granted.entrySet()) {
            budget(xml, "1", year.getKey(), year.getValue());
        }
        for (Map.Entry<Integer, BigDecimal> year : inForce.entrySet()) {
            if (amended.containsKey(year.getKey())) {
                budget(xml, "2", year.getKey(), year.getValue());
            }
        }
    }

    private static void budget(XMLStreamWriter xml, String type, int year, BigDecimal value) throws XMLStreamException {
        LocalDate start = LocalDate.of(year, 1, 1);
        xml.writeStartElement("budget");
        xml.writeAttribute("type", type);
        xml.writeAttribute("status", "2");
        isoDate(xml, "period-start", start);
        isoDate(xml, "period-end", LocalDate.of(year, 12, 31));
        value(xml, value, start);
        xml.writeEndElement();
    }

    /**
     * TransactionType 2 outgoing commitment or 3 disbursement, signed as announced (a correction is a negative
     * disbursement beside the payment it reverses). Dated by the event's day, which is also the value date: a payment
     * event carries no value date of its own.
     */
    private static void transaction(XMLStreamWriter xml, PlanMoneyTransaction line, UUID housingOrganisation)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        xml.writeEmptyElement("transaction-type");
        xml.writeAttribute("code", line.kind() == Kind.COMMITMENT ? "2" : "3");
        isoDate(xml, "transaction-date", line.occurredOn());
        value(xml, line.amount(), line.occurredOn());
        xml.writeStartElement("description");
        narrative(xml, describe(line));
        xml.writeEndElement();
        xml.writeStartElement("provider-org");
        if (line.source() == Source.MUNICIPALITY) {
            xml.writeAttribute("ref", REPORTING_ORG_REF);
        }
        narrative(xml, payer(line.source(), housingOrganisation));
        xml.writeEndElement();
        xml.writeStartElement("receiver-org");
        narrative(xml, housingOrganisation(housingOrganisation));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String describe(PlanMoneyTransaction line) {
        String what = switch (line.cause()) {
            case GRANT -> "Tilsagn";
            case AMENDMENT -> "Ændret tilsagn";
            case RELEASE -> "Frigivet ubrugt tilsagn";
            case PAYMENT -> "Udbetaling";
            case CORRECTION -> "Korrektion af udbetaling";
        };
        return what + " " + line.year() + " (" + line.source() + ")";
    }

    private static String payer(Source source, UUID housingOrganisation) {
        return switch (source) {
            case LBF -> LBF_NAME;
            case MUNICIPALITY -> REPORTING_ORG_NAME;
            case HOUSING_ORGANISATION -> housingOrganisation(housingOrganisation);
            case OTHER -> "Anden medfinansiering";
        };
    }

    private static String housingOrganisation(UUID id) {
        return "Boligorganisation " + id + " (id i Boligsocial)";
    }

    /** ResultType 2 outcome per theme, with the theme's indicators; a theme without indicators has no result. */
    private static void result(XMLStreamWriter xml, String theme, List<PlanIndicatorResponse> indicators,
            List<PeriodResponse> periods) throws XMLStreamException {
        if (indicators.isEmpty()) {
            return;
        }
        xml.writeStartElement("result");
        xml.writeAttribute("type", "2");
        xml.writeStartElement("title");
        narrative(xml, theme);
        xml.writeEndElement();
        for (PlanIndicatorResponse indicator : indicators) {
            indicator(xml, indicator, periods);
        }
        xml.writeEndElement();
    }

    private static void indicator(XMLStreamWriter xml, PlanIndicatorResponse i, List<PeriodResponse> periods)
            throws XMLStreamException {
        boolean qualitative = i.kind() == IndicatorKind.QUALITATIVE;
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", measure(i));
        if (!qualitative) {   // IATI: ascending has no meaning for a qualitative measure
            xml.writeAttribute("ascending", i.direction() == IndicatorDirection.HIGHER_IS_BETTER ? "1" : "0");
        }
        xml.writeStartElement("title");
        narrative(xml, i.nameDa());
        if (i.nameEn() != null && !i.nameEn().isBlank()) {
            xml.writeStartElement("narrative");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            xml.writeCharacters(i.nameEn());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("description");
        narrative(xml, "Indikator " + i.code() + (i.unit() != null ? ", enhed " + i.unit() : "") + ".");
        xml.writeEndElement();
        if (i.baseline() != null && !qualitative) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", Integer.toString(i.baseline().date().getYear()));
            xml.writeAttribute("iso-date", i.baseline().date().toString());
            xml.writeAttribute("value", i.baseline().value().toPlainString());
            if (i.baseline().source() != null && !i.baseline().source().isBlank()) {
                xml.writeStartElement("comment");
                narrative(xml, "Kilde: " + i.baseline().source());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (PeriodResponse period : periods) {
            Target target = i.targets().stream().filter(t -> t.year() == period.year()).findFirst().orElse(null);
            PeriodProgress actual = i.actuals().stream().filter(a -> Objects.equals(a.year(), period.year()))
                    .findFirst().orElse(null);
            xml.writeStartElement("period");
            isoDate(xml, "period-start", period.startsOn());
            isoDate(xml, "period-end", period.endsOn());
            if (target != null && target.value() != null) {
                xml.writeEmptyElement("target");
                xml.writeAttribute("value", target.value().toPlainString());
            }
            if (actual != null) {
                actual(xml, actual, qualitative);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** The period's approved value; a qualitative one's approved narrative as the actual's comment. */
    private static void actual(XMLStreamWriter xml, PeriodProgress actual, boolean qualitative) throws XMLStreamException {
        if (qualitative) {
            if (actual.narrative() == null) {
                return;
            }
            xml.writeStartElement("actual");
            xml.writeStartElement("comment");
            narrative(xml, actual.narrative());
            xml.writeEndElement();
            xml.writeEndElement();
        } else if (actual.actual() != null) {
            xml.writeEmptyElement("actual");
            xml.writeAttribute("value", actual.actual().toPlainString());
        }
    }

    /** IndicatorMeasure: 1 unit (counts, kroner, scores), 2 percentage (RATIO indicators too), 5 qualitative. */
    private static String measure(PlanIndicatorResponse i) {
        if (i.kind() == IndicatorKind.QUALITATIVE || i.unit() == null) {
            return "5";
        }
        return i.kind() == IndicatorKind.RATIO || i.unit() == IndicatorUnit.PERCENT ? "2" : "1";
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement("activity-date");
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    private static void isoDate(XMLStreamWriter xml, String element, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("iso-date", date.toString());
    }

    private static void value(XMLStreamWriter xml, BigDecimal amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", CURRENCY);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
        text(xml, "narrative", text == null ? "" : text);
    }
}
