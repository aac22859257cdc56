package org.grassroots.plan.core.initiative;

import org.hibernate.envers.RevisionListener;

/** Stamps each Envers revision with the user the current transaction acts for (see {@link RevisionAuthor}). */
public class EditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((EditRevision) revisionEntity).recordAuthor(RevisionAuthor.current());
    }
}
