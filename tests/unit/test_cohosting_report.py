"""Co-hosting's figures, beside the overlaps' ones: who sent, who joined, what it saved."""

from __future__ import annotations

from services.cohosting.report import (
    CohostingFigures,
    InvitationFact,
    JoinFact,
    cohosting_figures,
    combine,
)
from services.overlaps.report import ReportRow
from services.postings.views import DepartmentView


def test_invitations_count_for_the_sender_and_the_pair_and_joins_for_the_joiner_and_its_hosts() -> (
    None
):
    figures = cohosting_figures(
        [InvitationFact("tax", "hr", accepted=True), InvitationFact("tax", "ems", accepted=False)],
        [JoinFact("hr", ("tax",), 2.0), JoinFact("hr", ("tax", "ems"), 0.0)],
    )
    assert figures["tax",] == CohostingFigures(invitations_sent=2, invitations_accepted=1)
    assert figures["hr",] == CohostingFigures(joins=2, hours_saved=2.0)
    assert figures["hr", "tax"] == CohostingFigures(1, 1, 2, 2.0)
    assert figures["ems", "tax"] == CohostingFigures(invitations_sent=1)
    assert figures["ems", "hr"] == CohostingFigures(joins=1)
    assert ("ems",) not in figures


def test_rows_the_overlaps_did_not_count_still_show_their_sessions_and_names() -> None:
    rows = [ReportRow(("ems",), 2, 0, 0, 0, 0, 0.0), ReportRow(("tax",), 3, 0, 0, 1, 0, 4.0)]
    names = {
        "tax": DepartmentView(1, "tax", "县税务局"),
        "ems": DepartmentView(2, "ems", "县应急管理局"),
    }
    combined = combine(rows, {("ems", "tax"): CohostingFigures(invitations_sent=1)}, names)
    assert [tuple(d.name for d in row.departments) for row in combined] == [
        ("县应急管理局",), ("县税务局",), ("县应急管理局", "县税务局")]  # fmt: skip
    pair = combined[-1]
    assert pair.overlaps.sessions == 5
    assert pair.cohosting.invitations_sent == 1
    assert combined[0].cohosting == CohostingFigures()
