package org.aiventure.workbook.scoring;

import java.util.List;
import org.aiventure.workbook.domain.Language;
import org.aiventure.workbook.domain.Messages;
import org.aiventure.workbook.knowledge.KnowledgeBase;

/**
 * Renders a finding's message and fix in one language: patterns from the app's message bundles, the
 * knowledge base's labels for whatever they name. The engine stays free of words, so the UI, the CLI and the
 * PDF each render the same finding in their own language.
 */
public final class FindingText {

    private FindingText() {
    }

    public static String message(Finding finding, KnowledgeBase kb, Language language) {
        return render(finding.message(), kb, language);
    }

    public static String fix(Finding finding, KnowledgeBase kb, Language language) {
        return render(finding.fix(), kb, language);
    }

    /** Any message of the engine in this language. */
    public static String render(Message message, KnowledgeBase kb, Language language) {
        return format(language, message.key(), message.args().stream().map(a -> arg(a, kb, language)).toList());
    }

    private static String arg(Arg arg, KnowledgeBase kb, Language language) {
        if (arg instanceof Arg.Text t) {
            return t.value();
        } else if (arg instanceof Arg.Number n) {
            return n.value().toPlainString();
        } else if (arg instanceof Arg.Knowledge k) {
            return kb.text(language, k.textKey());
        } else if (arg instanceof Arg.RiskRef r) {
            return format(language, "finding.ref.risk", List.of(r.code(), r.title()));
        } else if (arg instanceof Arg.Nested n) {
            return render(n.message(), kb, language);
        }
        Arg.Join j = (Arg.Join) arg; // the last kind of the sealed interface
        String joined = arg(j.items().get(0), kb, language);
        for (Arg item : j.items().subList(1, j.items().size())) {
            joined = format(language, "finding.join." + j.joiner().name(),
                    List.of(joined, arg(item, kb, language)));
        }
        return j.more() == 0 ? joined
                : format(language, "finding.join.more", List.of(joined, Integer.toString(j.more())));
    }

    private static String format(Language language, String key, List<String> args) {
        return Messages.format(language, key, args.toArray());
    }
}
