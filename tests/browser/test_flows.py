"""Student and counselor flows in headless Chromium against the real services, with screenshots."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.catalog_data]


def sign_in(page, gateway, tenant: str, role: str, **ids) -> None:
    query = "&".join([f"tenant={tenant}", f"role={role}", *(f"{key}={value}" for key, value in ids.items())])
    page.goto(f"{gateway.url}/#/signin?{query}")
    page.get_by_role("button", name="Sign in").click()


def answer_inventory(page) -> None:
    """Answer every item, the first one by keyboard, then the rest by clicking, page after page."""
    first = page.locator("fieldset.inventory-item").first
    first.get_by_label("Like", exact=True).focus()
    page.keyboard.press("ArrowRight")
    expect(first.get_by_label("Not sure", exact=True)).to_be_checked()

    page_number = 1
    while True:
        expect(page.get_by_text(re.compile(f"page {page_number} of"))).to_be_visible()
        for index, item in enumerate(page.locator("fieldset.inventory-item").all()):
            if item.locator("input:checked").count():
                continue
            item.get_by_label("Like" if index % 3 else "Dislike", exact=True).check()
        finish = page.get_by_role("button", name="Finish")
        if finish.count():
            finish.click()
            return
        page.get_by_role("button", name="Save and continue").click()
        page_number += 1


def test_student_flow(page, live_gateway, sample_district, screenshot):
    sign_in(page, live_gateway, sample_district.tenant, "student", student="S-300")
    expect(page.get_by_role("heading", level=1)).to_contain_text("S-300")
    expect(page.get_by_role("link", name="Where am I going?")).to_have_attribute("aria-current", "page")
    screenshot("student-01-home")

    page.get_by_role("link", name="Take the interest quiz").click()
    expect(page.get_by_role("heading", name="Interest quiz")).to_be_visible()
    screenshot("student-02-inventory")
    answer_inventory(page)

    matches = page.get_by_role("list", name="Careers that match you")
    expect(matches.locator("li").first).to_be_visible()
    expect(matches.locator(".reasons li").first).not_to_be_empty()
    screenshot("student-03-matches")

    page.get_by_role("link", name="Where am I going?").click()
    expect(page.get_by_role("link", name="Retake or change answers")).to_be_visible()
    expect(page.locator("main")).to_contain_text(re.compile(r"Your top interest areas: [RIASEC]+: [A-Z][a-z]+"))
    page.get_by_role("link", name="Search careers").click()
    page.get_by_label("Career", exact=True).fill("nursing assistant")
    page.get_by_role("button", name="Search").click()
    page.locator("#career-results").get_by_role("link", name="Nursing Assistants").click()
    card = page.locator("article.career-card")
    expect(card).to_contain_text("Median pay in the US")
    expect(card).to_contain_text("Median pay in WI")
    expect(card.locator(".attribution")).to_contain_text("O*NET")
    screenshot("student-04-career")

    page.get_by_role("link", name="See the routes to this career").click()
    route_map = page.locator("svg.route-map")
    expect(route_map).to_be_visible()
    expect(route_map.locator("g.node").first).to_be_visible()
    expect(page.locator("#route-details")).to_contain_text("Why this rank:")
    expect(page.locator("#all-routes")).to_contain_text(re.compile(r"Showing \d+ of \d+ routes"))
    if page.locator("#show-all-routes").count():
        page.locator("#show-all-routes").click()
        expect(page.locator("#all-routes .steps-text")).to_be_visible()
    screenshot("student-05-route-map")
    screenshot("student-05-route-map-detail", page.locator(".map-wrap"))

    picker = page.get_by_role("list", name="Routes")
    picker.get_by_role("button", name="Show on map").nth(1).focus()
    page.keyboard.press("Space")
    expect(picker.get_by_role("button", name="Show on map").nth(1)).to_have_attribute("aria-pressed", "true")
    expect(picker.get_by_role("button", name="Show on map").nth(1)).to_be_focused()
    expect(page.locator("svg.route-map g.node.next-step")).to_have_count(1)
    picker.get_by_label("Compare", exact=True).nth(0).check()
    picker.get_by_label("Compare", exact=True).nth(1).check()
    expect(page.locator("#compare-table")).to_be_visible()
    page.get_by_text("Show the steps as a list").click()
    screenshot("student-06-compare")

    expect(page.locator("#whatif-courses option")).not_to_have_count(0)
    page.get_by_label("Change").select_option("add_course")
    page.get_by_label("Course number").fill("9999ZZZ")
    page.get_by_role("button", name="Show what changes").click()
    expect(page.locator("form.panel [role=alert]")).to_contain_text("9999ZZZ")
    expect(page.locator("form.panel [role=alert]")).not_to_contain_text("could not find that page")

    page.get_by_label("Course number").fill("4122SCI")
    page.get_by_role("button", name="Show what changes").click()
    expect(page.get_by_role("heading", name="Routes that close")).to_be_visible()
    screenshot("student-06b-what-if")

    page.get_by_role("button", name="Choose this route").click()
    expect(page.locator("#route-details")).to_contain_text("is now your plan")
    page.get_by_role("link", name="See your progress").click()
    expect(page.locator("#milestones li").first).to_be_visible()
    screenshot("student-07-progress")

    page.get_by_role("link", name="Where am I going?").click()
    expect(page.locator("main")).to_contain_text("Nursing Assistants")
    expect(page.locator("main")).not_to_contain_text("No career goal yet")


def test_student_screens_in_spanish(page, live_gateway, sample_district, screenshot):
    sign_in(page, live_gateway, sample_district.tenant, "student", student="S-100")
    expect(page.get_by_role("heading", level=1)).to_contain_text("S-100")

    page.get_by_label("Language").select_option("es")

    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("link", name="¿Hacia dónde voy?")).to_be_visible()
    expect(page.locator("footer")).to_contain_text("Se usa con la licencia CC BY 4.0")
    screenshot("student-08-spanish")

    # S-100 may have finished the quiz in the REST tests, so either label is right.
    page.get_by_role("link", name=re.compile("Hacer el cuestionario de intereses|Repetir o cambiar respuestas")).click()
    expect(page.get_by_role("group", name="1. Construir gabinetes de cocina.")).to_be_visible()
    expect(page.get_by_label("No estoy seguro").first).to_be_visible()
    screenshot("student-08b-spanish-inventory")


def test_student_cannot_open_classmate(page, live_gateway, sample_district, screenshot):
    sign_in(page, live_gateway, sample_district.tenant, "student", student="S-100")
    expect(page.get_by_role("heading", level=1)).to_contain_text("S-100")

    page.goto(f"{live_gateway.url}/#/s/S-200/direction")

    expect(page.get_by_role("alert")).to_contain_text("do not have access")
    expect(page.locator("main")).not_to_contain_text("Student S-200")
    screenshot("student-09-classmate-denied")
    outcomes = {entry.outcome for entry in live_gateway.app.state.audit.entries if entry.student_id == "S-200"
                and entry.role == "student"}
    assert outcomes == {"denied: not the token's own student"}


def test_counselor_flow(page, live_gateway, sample_district, screenshot):
    sign_in(page, live_gateway, sample_district.tenant, "counselor", counselor=sample_district.counselor_id)
    caseload = page.locator("#caseload")
    expect(caseload.locator("tbody tr")).to_have_count(3)
    grades = sorted(caseload.locator("tbody td.num-cell").all_inner_texts())
    assert grades == ["10", "11", "9"]
    screenshot("counselor-01-caseload")

    page.get_by_role("link", name="Alerts").click()
    expect(page.get_by_role("heading", name="Alerts")).to_be_visible()
    alerts = page.locator("#alerts li")
    expect(alerts.first).to_be_visible()
    screenshot("counselor-02-alerts")
    alerts.first.get_by_role("link", name=re.compile("Student ")).click()
    expect(page.get_by_role("heading", name="How am I doing?")).to_be_visible()

    page.get_by_role("link", name="Caseload").click()
    caseload.get_by_role("link", name="Open the route map of student S-200").click()
    expect(page.locator("svg.route-map")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("S-200")
    screenshot("counselor-03-student-map")
    screenshot("counselor-04-student-map-detail", page.locator(".map-wrap"))
    expect(page.locator("#choose-route")).to_be_hidden()

    page.goto(f"{live_gateway.url}/#/s/S-200/progress")
    expect(page.locator("#progress-status")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Your counselor")
    expect(page.locator("main")).not_to_contain_text("You have not chosen")
    expect(page.get_by_role("link", name="Choose a route")).to_have_count(0)
    page.goto(f"{live_gateway.url}/#/s/S-200/direction")
    expect(page.locator("main")).to_contain_text("Careers that match")
    expect(page.get_by_role("link", name="Take the interest quiz")).to_have_count(0)
    screenshot("counselor-05-student-progress")


ROUTES_WITH_EVERY_STATE = [
    {"route_id": "a", "rank": 1, "title": "CTE then certificate", "kind": "certificate", "steps": [
        {"kind": "hs_course", "key": "d|BIO", "title": "Biology", "derived": True, "link_rule": "sced_knowledge_v2", "status": "done", "lane": "this_year"},
        {"kind": "cte", "key": "d|MED1", "title": "Medical Occupations I", "derived": True, "link_rule": "sced_knowledge_v2", "status": "next", "lane": "this_year"},
        {"kind": "cte", "key": "d|CNA", "title": "Certified Nursing Assistant", "derived": True, "link_rule": "sced_knowledge_v2", "status": "closed",
         "status_reason": "failed Medical Occupations I", "lane": "high_school"},
        {"kind": "diploma", "key": "d|diploma", "title": "High school diploma", "status": "todo", "lane": "high_school"},
        {"kind": "entry_job", "key": "31-1131.00", "title": "Nursing Assistants", "status": "todo", "lane": "first_job"}]},
    {"route_id": "b", "rank": 2, "title": "Straight to work", "kind": "direct_to_work", "steps": [
        {"kind": "hs_course", "key": "d|BIO", "title": "Biology", "derived": True, "link_rule": "sced_knowledge_v2", "status": "done", "lane": "this_year"},
        {"kind": "diploma", "key": "d|diploma", "title": "High school diploma", "status": "todo", "lane": "high_school"},
        {"kind": "entry_job", "key": "31-1131.00", "title": "Nursing Assistants", "status": "todo", "lane": "first_job"}]},
]


def test_route_map_marks_step_states(page, live_gateway, screenshot):
    """Draw the map for routes that hold every step state and check what each node shows."""
    page.goto(f"{live_gateway.url}/#/signin")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()

    drawn = page.evaluate("""async (routes) => {
        const map = await import("/static/js/views/routemap.js");
        const holder = document.createElement("div");
        holder.className = "map-wrap";
        holder.id = "synthetic-map";
        holder.append(map.drawRouteMap(routes, [], "a", () => {}, 700), map.stepsAsText(routes));
        document.querySelector("main").append(holder);
        const nodes = [...holder.querySelectorAll("g.node")];
        return {
            nodes: nodes.length,
            states: nodes.map((node) => node.dataset.status),
            closedLabel: holder.querySelector(".closed-label").textContent,
            nextSteps: holder.querySelectorAll("g.node.next-step").length,
            nextLabels: holder.querySelectorAll("text.next-label").length,
            lines: holder.querySelectorAll("svg.route-map path.route-line").length,
            dimLines: holder.querySelectorAll("svg.route-map path.route-line.dim").length,
            listItems: holder.querySelectorAll(".steps-text li").length,
            derivedBadges: holder.querySelectorAll(".steps-text li .badge.derived").length,
            listText: holder.querySelector(".steps-text").textContent,
            mapWidth: Number(holder.querySelector("svg.route-map").getAttribute("width")),
        };
    }""", ROUTES_WITH_EVERY_STATE)

    assert drawn["nodes"] == 5
    assert sorted(drawn["states"]) == ["closed", "done", "next", "todo", "todo"]
    assert drawn["closedLabel"].startswith("Certified Nursing")
    assert drawn["nextSteps"] == 1
    assert drawn["nextLabels"] == 1
    assert drawn["lines"] == 2
    assert drawn["dimLines"] == 1
    assert drawn["listItems"] == 8
    assert drawn["derivedBadges"] == 4
    assert "failed Medical Occupations I" in drawn["listText"]
    assert drawn["mapWidth"] <= 700
    screenshot("map-step-states", page.locator("#synthetic-map svg"))


def test_show_all_routes_lists_every_route(page, live_gateway, sample_district, screenshot):
    sign_in(page, live_gateway, sample_district.tenant, "student", student="S-300")
    expect(page.get_by_role("heading", level=1)).to_contain_text("S-300")

    page.goto(f"{live_gateway.url}/#/s/S-300/steps/29-1141.00")
    status = page.locator("#all-routes [role=status]")
    expect(status).to_contain_text(re.compile(r"Showing \d+ of \d+ routes"))
    shown, total = (int(number) for number in re.findall(r"\d+", status.inner_text()))
    if total > shown:
        page.get_by_role("button", name="Show all routes").click()
        expect(page.locator("#all-routes .steps-text h5")).to_have_count(total)
    screenshot("student-05c-all-routes")


@pytest.mark.parametrize("language", ["en", "es"])
def test_student_tabs_fit_at_1366(page, live_gateway, sample_district, screenshot, language):
    page.set_viewport_size({"width": 1366, "height": 768})
    sign_in(page, live_gateway, sample_district.tenant, "student", student="S-300")
    expect(page.get_by_role("heading", level=1)).to_contain_text("S-300")
    page.get_by_label("Language").select_option(language)
    expect(page.locator("html")).to_have_attribute("lang", language)

    tabs = page.locator(".subnav a")
    expect(tabs).to_have_count(5)
    tops = {round(box["y"]) for box in (tabs.nth(index).bounding_box() for index in range(5))}
    assert len(tops) == 1, f"tabs wrap onto {len(tops)} lines"
    screenshot(f"student-10-tabs-1366-{language}")
