"""GraphQL documents for co-hosting and webhooks, shared by their tests."""

from __future__ import annotations

from typing import Any

from tests.api import Api, event_input

SUGGEST = """mutation($input: PostEventInput!) { postEvent(input: $input) {
  merged event { id } session { id uid hosts { slug } }
  suggestedSessions { score reason session { id uid title hosts { slug name } } }
  userErrors { field message code } } }"""
JOIN = """mutation($input: JoinSessionInput!) { joinSession(input: $input) {
  event { id externalId title start capacity registrationUrl description sequence }
  session { id uid title hosts { slug } events { externalId department { slug } } }
  userErrors { field message code } } }"""
LEAVE = """mutation($input: LeaveSessionInput!) { leaveSession(input: $input) {
  event { id } session { id uid hosts { slug } } userErrors { field message code } } }"""
INVITATION_FIELDS = "id status message session { id uid title } from { slug name } to { slug name } createdAt answeredAt"
INVITE = f"""mutation($input: InviteCoHostInput!) {{ inviteCoHost(input: $input) {{
  invitation {{ {INVITATION_FIELDS} }} userErrors {{ field message code }} }} }}"""
RESPOND = f"""mutation($input: RespondToInvitationInput!) {{ respondToInvitation(input: $input) {{
  invitation {{ {INVITATION_FIELDS} }} event {{ id externalId }} session {{ id uid hosts {{ slug }} }}
  userErrors {{ field message code }} }} }}"""
WITHDRAW = f"""mutation($input: WithdrawInvitationInput!) {{ withdrawInvitation(input: $input) {{
  invitation {{ {INVITATION_FIELDS} }} userErrors {{ field message code }} }} }}"""
MY_INVITATIONS = f"""query($status: InvitationStatus) {{ myInvitations(status: $status) {{ {INVITATION_FIELDS} }} }}"""
MY_EVENTS = """query($from: DateTime!, $to: DateTime!, $status: Status, $first: Int, $after: String) {
  myEvents(from: $from, to: $to, status: $status, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id externalId status session { uid hosts { slug name } } } } }"""
DECISIONS = """query($from: DateTime!, $to: DateTime!) { cohostingDecisions(from: $from, to: $to) {
  nodes { kind department { slug } event { externalId } session { uid } others { slug } } } }"""
REPORT = """query($from: DateTime!, $to: DateTime!) { coordinationReport(from: $from, to: $to) {
  departments { departments names sessions cohosted merges conflicts redundancies enterpriseHours
                invitationsSent invitationsAccepted joins enterpriseHoursSavedByJoins }
  pairs { departments names sessions cohosted merges conflicts redundancies enterpriseHours
          invitationsSent invitationsAccepted joins enterpriseHoursSavedByJoins } } }"""
ADD_WEBHOOK = """mutation($input: AddWebhookInput!) { addWebhook(input: $input) {
  webhook { id url format events createdAt } secret userErrors { field message code } } }"""
REMOVE_WEBHOOK = """mutation($input: RemoveWebhookInput!) { removeWebhook(input: $input) {
  removedId userErrors { field message code } } }"""
DELIVERIES = """query($first: Int, $after: String) { webhookDeliveries(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { deliveryId event status attempts lastStatusCode lastError deliveredAt nextAttemptAt
          webhook { id format } } } }"""
MARCH = {"from": "2027-03-01T00:00:00+08:00", "to": "2027-04-01T00:00:00+08:00"}

# A host's session, and another department's twin of it: the same subject for the same
# enterprises three days later, in another town's hall, so matching keeps them apart.
HOST_SESSION = event_input(externalId="vat")
TWIN = event_input(
    externalId="vat-hr",
    title="留抵退税政策宣讲",
    start="2027-03-08T14:00:00+08:00",
    end="2027-03-08T16:00:00+08:00",
    location="龙江镇文化中心",
)


async def post_twin(api: Api, host: str, guest: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The host's session, then the guest's twin of it; both payloads."""
    hosted = await api.mutate("postEvent", SUGGEST, HOST_SESSION, host)
    twin = await api.mutate("postEvent", SUGGEST, TWIN, guest)
    assert hosted["userErrors"] == twin["userErrors"] == []
    assert twin["merged"] is False
    return hosted, twin


async def county(api: Api) -> None:
    """A twin joined through an invitation, a conflict, and an invitation never answered."""
    tax, hr = await api.department("tax", "县税务局"), await api.department("hr", "县人社局")
    ems = await api.department("ems", "县应急管理局")
    hosted, _ = await post_twin(api, tax, hr)
    session = hosted["session"]["id"]
    sent = await api.mutate("inviteCoHost", INVITE, {"sessionId": session, "department": "hr"}, tax)
    await api.mutate("inviteCoHost", INVITE, {"sessionId": session, "department": "ems"}, tax)
    answer = {"invitationId": sent["invitation"]["id"], "accept": True, "externalId": "vat-hr"}
    assert (await api.mutate("respondToInvitation", RESPOND, answer, hr))["userErrors"] == []
    await api.post(ems, **event_input(externalId="safety", title="安全生产责任制培训",
                                      location="龙江镇应急管理所", topics=["安全生产"]))  # fmt: skip
