package io.jenkins.plugins.canarydeploy.actions;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A question a running step asks the people who may build the job, such as "reroute traffic to the new targets?",
 * answered with a button on the build page. The step polls for the answer, so no thread waits, and question and
 * answer are kept with the build: they survive a controller restart. Closed once the step no longer needs it.
 */
public final class ApprovalAction implements RunAction2 {
    private final String id;
    private final String question;
    private final ArrayList<String> choices;

    @CheckForNull
    private String decision;

    @CheckForNull
    private String decidedBy;

    private boolean closed;

    @CheckForNull
    private transient Run<?, ?> run;

    ApprovalAction(String id, String question, List<String> choices) {
        if (!id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("An approval id is made of letters, digits and '-': " + id);
        }
        this.id = id;
        this.question = question;
        this.choices = new ArrayList<>(choices);
    }

    /** The approval {@code id} of the build, asked now (and saved with the build) unless it was asked before. */
    public static ApprovalAction ask(Run<?, ?> run, String id, String question, List<String> choices)
            throws IOException {
        Optional<ApprovalAction> asked = find(run, id);
        if (asked.isPresent()) {
            return asked.get();
        }
        ApprovalAction approval = new ApprovalAction(id, question, choices);
        run.addAction(approval);
        run.save();
        return approval;
    }

    public static Optional<ApprovalAction> find(Run<?, ?> run, String id) {
        return run.getActions(ApprovalAction.class).stream()
                .filter(a -> a.id.equals(id))
                .findFirst();
    }

    /**
     * The answer, once someone gave it, handed out once: taking it closes the question, so that the step acts on it
     * once.
     */
    public Optional<String> takeDecision() throws IOException {
        String taken;
        synchronized (this) {
            if (closed || decision == null) {
                return Optional.empty();
            }
            closed = true;
            taken = decision;
        }
        save();
        return Optional.of(taken);
    }

    /** Closes the question {@code id} of the build, if it was asked: the step that asked it ended. */
    public static void close(Run<?, ?> run, String id) throws IOException {
        Optional<ApprovalAction> asked = find(run, id);
        if (asked.isPresent()) {
            asked.get().close();
        }
    }

    /** Takes the buttons away: the step moved on, answered or not. */
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        save();
    }

    /** Records {@code choice} when it is one of the choices and the question is still open; says whether it did. */
    synchronized boolean decide(@CheckForNull String choice, String user) {
        if (!isPending() || choice == null || !choices.contains(choice)) {
            return false;
        }
        decision = choice;
        decidedBy = user;
        return true;
    }

    /** The button: needs the permission to build the job, and a POST. */
    @POST
    public HttpResponse doDecide(@QueryParameter String choice) throws IOException {
        Run<?, ?> current = run;
        if (current == null) {
            return HttpResponses.notFound();
        }
        current.checkPermission(Item.BUILD);
        if (!current.isBuilding()) {
            close();
            return HttpResponses.redirectTo("../");
        }
        User user = User.current();
        if (decide(choice, user == null ? "anonymous" : user.getId())) {
            save();
        }
        return HttpResponses.redirectTo("../");
    }

    private void save() throws IOException {
        Run<?, ?> current = run;
        if (current != null) {
            current.save();
        }
    }

    public String getQuestion() {
        return question;
    }

    public List<String> getChoices() {
        return List.copyOf(choices);
    }

    public synchronized boolean isPending() {
        return !closed && decision == null;
    }

    @CheckForNull
    public synchronized String getDecision() {
        return decision;
    }

    @CheckForNull
    public synchronized String getDecidedBy() {
        return decidedBy;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return "Approval";
    }

    @Override
    public String getUrlName() {
        return "canary-deploy-approval-" + id;
    }
}
