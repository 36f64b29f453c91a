package org.aiventure.workbook.ui.risks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.aiventure.workbook.domain.Risk;
import org.aiventure.workbook.domain.RiskCategory;
import org.aiventure.workbook.domain.RiskStatus;
import org.aiventure.workbook.domain.Treatment;
import org.aiventure.workbook.scoring.Band;
import org.aiventure.workbook.scoring.RiskScore;

/**
 * One line of the register. A row lives as long as its risk: an edit updates its properties in place, so the
 * table keeps its selection, scroll position and open editor, and only the changed line redraws, which is
 * what keeps a register of ten thousand risks responsive.
 */
public final class RiskRow {

    /** Who owns a risk as the owner column shows it; {@code id} null means nobody. */
    public record Owner(UUID id, String name) {
    }

    private final UUID id;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description");
    private final ReadOnlyObjectWrapper<RiskCategory> category = new ReadOnlyObjectWrapper<>(this, "category");
    private final ReadOnlyIntegerWrapper likelihood = new ReadOnlyIntegerWrapper(this, "likelihood");
    private final ReadOnlyIntegerWrapper impact = new ReadOnlyIntegerWrapper(this, "impact");
    private final ReadOnlyIntegerWrapper inherent = new ReadOnlyIntegerWrapper(this, "inherent");
    private final ReadOnlyObjectWrapper<Band> band = new ReadOnlyObjectWrapper<>(this, "band");
    private final ReadOnlyObjectWrapper<BigDecimal> residual = new ReadOnlyObjectWrapper<>(this, "residual");
    private final ReadOnlyObjectWrapper<Band> residualBand = new ReadOnlyObjectWrapper<>(this, "residualBand");
    private final ReadOnlyObjectWrapper<Treatment> treatment = new ReadOnlyObjectWrapper<>(this, "treatment");
    private final ReadOnlyObjectWrapper<RiskStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Owner> owner = new ReadOnlyObjectWrapper<>(this, "owner");
    private final ReadOnlyObjectWrapper<LocalDate> reviewBy = new ReadOnlyObjectWrapper<>(this, "reviewBy");

    // The risk the row shows: an edit of another risk leaves this one the very same (immutable) instance.
    private Risk shown;

    RiskRow(Risk risk, Owner owner) {
        this.id = risk.id();
        update(risk, owner);
    }

    /**
     * Takes the risk's current values; a property fires only when its value really changed. The scores are the
     * engine's own ({@link RiskScore#of}), worked out here rather than taken from the assessment, so a row shows
     * its edit at once while the assessment of the whole project is still on its way.
     */
    void update(Risk risk, Owner nextOwner) {
        if (!nextOwner.equals(owner.get())) {
            owner.set(nextOwner);
        }
        if (risk == shown) {
            return;
        }
        shown = risk;
        RiskScore score = RiskScore.of(risk);
        code.set(risk.code());
        title.set(risk.title());
        description.set(risk.description());
        category.set(risk.category());
        likelihood.set(risk.likelihood());
        impact.set(risk.impact());
        inherent.set(score.inherent());
        band.set(score.band());
        if (residual.get() == null || residual.get().compareTo(score.residual()) != 0) {
            residual.set(score.residual());
        }
        residualBand.set(score.residualBand());
        treatment.set(risk.treatment());
        status.set(risk.status());
        reviewBy.set(risk.reviewBy());
    }

    /** What a sorted, filtered list must watch to re-sort and re-filter a row that changed. */
    Observable[] observables() {
        return new Observable[] {code, title, description, category, likelihood, impact, residual, treatment,
                status, owner, reviewBy};
    }

    public UUID id() {
        return id;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RiskCategory> categoryProperty() {
        return category.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty likelihoodProperty() {
        return likelihood.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty impactProperty() {
        return impact.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty inherentProperty() {
        return inherent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Band> bandProperty() {
        return band.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> residualProperty() {
        return residual.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Band> residualBandProperty() {
        return residualBand.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Treatment> treatmentProperty() {
        return treatment.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RiskStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Owner> ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> reviewByProperty() {
        return reviewBy.getReadOnlyProperty();
    }

    public String code() {
        return code.get();
    }

    public String title() {
        return title.get();
    }

    public RiskCategory category() {
        return category.get();
    }

    public int likelihood() {
        return likelihood.get();
    }

    public int impact() {
        return impact.get();
    }

    public int inherent() {
        return inherent.get();
    }

    public Band band() {
        return band.get();
    }

    public BigDecimal residual() {
        return residual.get();
    }

    public Band residualBand() {
        return residualBand.get();
    }

    public Treatment treatment() {
        return treatment.get();
    }

    public RiskStatus status() {
        return status.get();
    }

    public Owner owner() {
        return owner.get();
    }

    public LocalDate reviewBy() {
        return reviewBy.get();
    }

    @Override
    public String toString() {
        return code.get() + " " + title.get();
    }
}
