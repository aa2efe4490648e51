"""A person taking an embed: reads what the screen shows, answers, goes on.

``Person(page).complete()`` goes from the first screen to the result with the mouse
(clicking labels and buttons); ``Person(page, keyboard=True)`` does the same with the
keyboard alone (Tab, arrows, Space, Enter and typing), reading only where the focus is,
as a sighted keyboard user does. Answers can be planned per question id (option labels,
text, numbers, a ranking order, matching pairs); anything unplanned gets a plausible
answer. ``on_screen`` is called on every screen (axe-core, screenshots).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
_AXE = Axe()

LEAD_VALUES = {
    "email": "lea.martin@example.org",
    "date": "1990-05-17",
    "tel": "06 01 02 03 04",
    "text": "Léa",
}


def axe_violations(page: Any) -> tuple[int, str]:
    """Run axe-core with the four WCAG tags on the page as it is; (count, report).

    Entrance animations are let finish first: half-faded text is not what people read."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    if not page.evaluate("() => !!window.axe"):
        page.evaluate(_AXE.axe_script)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    response = page.evaluate("(o) => axe.run(document, o)", options)
    from axe_playwright_python.base import AxeResults

    results = AxeResults(response)
    return results.violations_count, results.generate_report()


def assert_accessible(page: Any, where: str) -> None:
    count, report = axe_violations(page)
    assert count == 0, f"axe-core on {where}:\n{report}"


def screen_kind(page: Any) -> str:
    return str(
        page.evaluate(
            """() => {
  const m = document.querySelector('.qb-main');
  if (m.querySelector('.qb-op')) return 'operator';
  if (m.querySelector('.qb-result')) return 'result';
  if (m.querySelector('[data-q]')) return 'question';
  if (m.querySelector('.qb-field, .qb-consent')) return 'lead';
  return 'intro';
}"""
        )
    )


class Person:
    def __init__(
        self,
        page: Any,
        plan: dict[str, Any] | None = None,
        *,
        keyboard: bool = False,
        lead: bool = True,
        on_screen: Callable[[Any, str], None] | None = None,
    ) -> None:
        self.page = page
        self.plan = plan or {}
        self.keyboard = keyboard
        self.lead = lead
        self.on_screen = on_screen or (lambda page, name: None)
        self.screens: list[str] = []

    # --- the walk -------------------------------------------------------------------

    def complete(self, max_screens: int = 80) -> list[str]:
        for _ in range(max_screens):
            kind = screen_kind(self.page)
            self.seen(self._name(kind))
            if kind == "result":
                self.result()
                return self.screens
            if kind == "intro":
                self.press(self.page.locator(".qb-main button[type=submit]"))
            elif kind == "lead":
                self.fill_lead(self.page.locator(".qb-main form"))
                self.press(self.page.locator(".qb-main button[type=submit]"))
            elif kind == "question":
                self.answer_screen()
        raise AssertionError(f"no result after {max_screens} screens: {self.screens}")

    def seen(self, name: str) -> None:
        self.screens.append(name)
        self.on_screen(self.page, name)

    def _name(self, kind: str) -> str:
        if kind != "question":
            return kind
        ids = self.page.eval_on_selector_all(
            ".qb-main [data-q]", "els => els.map(e => e.dataset.q)"
        )
        return "question " + ",".join(ids)

    def answer_screen(self) -> None:
        page = self.page
        blocks = page.locator(".qb-main [data-q]")
        for i in range(blocks.count()):
            block = blocks.nth(i)
            if block.locator("fieldset[disabled]").count():
                continue
            self.answer(block, block.get_attribute("data-q"))
            check = block.locator(".qb-check")
            if check.count():
                self.press(check)
                self.seen(f"feedback {block.get_attribute('data-q')}")
        go = page.locator(".qb-main .qb-go")
        label = go.inner_text()
        self.press(go)
        if (
            page.locator(".qb-main .qb-go").count()
            and page.locator(".qb-main .qb-fb").count()
            and (page.locator(".qb-main .qb-go").inner_text() != label)
        ):
            self.seen("feedback " + self._name("question")[9:])
            self.press(page.locator(".qb-main .qb-go"))

    # --- answering one question -------------------------------------------------------

    def answer(self, block: Any, qid: str) -> None:
        want = self.plan.get(qid)
        if want == "skip":
            return
        radios = block.locator("input[type=radio]")
        boxes = block.locator("input[type=checkbox]")
        if block.locator(".qb-pt, .qb-star").count():
            labels = block.locator(".qb-pt, .qb-star")
            values = radios.evaluate_all("els => els.map(e => e.value)")
            index = values.index(str(want)) if want is not None else len(values) - 2
            self.choose_radio(block, labels.nth(index), index)
        elif radios.count():
            target = (
                block.locator(".qb-opt", has_text=want) if want else block.locator(".qb-opt").first
            )
            index = block.locator(".qb-opt").evaluate_all(
                "(els, t) => els.indexOf(t)", target.first.element_handle()
            )
            self.choose_radio(block, target.first, index)
        elif boxes.count():
            wanted = want if isinstance(want, list) else [want] if want else None
            targets = (
                [block.locator(".qb-opt", has_text=w).first for w in wanted]
                if wanted
                else [block.locator(".qb-opt").first]
            )
            for target in targets:
                self.tick(target.locator("input"))
        elif block.locator(".qb-rank").count():
            self.rank(block, want)
        elif block.locator("select").count():
            self.match(block, want or {})
        else:
            field = block.locator("input.qb-in, textarea.qb-in").first
            numeric = field.get_attribute("inputmode") == "decimal"
            self.type_into(
                field, str(want if want is not None else ("5" if numeric else "Un avis"))
            )

    def choose_radio(self, block: Any, target: Any, index: int) -> None:
        if not self.keyboard:
            target.click()
            return
        radios = block.locator("input[type=radio]")
        self.tab_to(radios.first, any_of=radios)
        for _ in range(radios.count() + 1):
            current = radios.evaluate_all("els => els.indexOf(document.activeElement)")
            if current == index:
                break
            self.page.keyboard.press("ArrowRight" if current < index else "ArrowLeft")
        self.page.keyboard.press("Space")

    def tick(self, checkbox: Any) -> None:
        if self.keyboard:
            self.tab_to(checkbox)
            self.page.keyboard.press("Space")
        else:
            checkbox.click()

    def type_into(self, field: Any, text: str) -> None:
        if self.keyboard:
            self.tab_to(field)
            self.page.keyboard.press("Control+A")
            self.page.keyboard.type(text)
        else:
            field.click()
            field.fill(text)

    def rank(self, block: Any, order: list[str] | None) -> None:
        labels = block.locator(".qb-rl")
        if order is None:  # move the last item to the top, as someone sure of it would
            order = [labels.last.inner_text()]
        for position, wanted in enumerate(order):
            for _ in range(20):
                current = [labels.nth(i).inner_text() for i in range(labels.count())]
                at = current.index(wanted)
                if at == position:
                    break
                up = block.locator(".qb-ri").nth(at).locator("[data-d='-1']")
                if self.keyboard:
                    if not up.evaluate("b => b === document.activeElement"):
                        self.tab_to(up)
                    self.page.keyboard.press("Enter")
                else:
                    up.click()

    def match(self, block: Any, pairs: dict[str, str]) -> None:
        selects = block.locator("select")
        for i in range(selects.count()):
            select = selects.nth(i)
            prompt = block.locator(f"label[for='{select.get_attribute('id')}']").inner_text()
            options = select.locator("option")
            answer = pairs.get(prompt) or options.nth(1).inner_text()
            if self.keyboard:
                self.tab_to(select)
                wanted = [options.nth(j).inner_text() for j in range(options.count())].index(answer)
                for _ in range(wanted):
                    self.page.keyboard.press("ArrowDown")
            else:
                select.select_option(label=answer)

    # --- lead form, result ----------------------------------------------------------

    def fill_lead(self, form: Any) -> None:
        fields = form.locator(".qb-field input")
        for i in range(fields.count()):
            field = fields.nth(i)
            kind = field.get_attribute("type") or "text"
            value = LEAD_VALUES.get(kind, "Léa")
            if kind == "date":
                if self.keyboard:
                    self.tab_to(field)
                    self.page.keyboard.type("17051990")
                else:
                    field.fill(value)
            else:
                self.type_into(field, value)
        consents = form.locator(".qb-consent input")
        for i in range(consents.count()):
            if consents.nth(i).get_attribute("required") is not None or self.plan.get(
                "consent_all"
            ):
                self.tick(consents.nth(i))

    def result(self) -> None:
        lead = self.page.locator(".qb-main .qb-lead")
        if self.lead and lead.count():
            self.fill_lead(lead)
            self.press(lead.locator("button[type=submit]"))
            self.page.locator(".qb-main .qb-done").wait_for()
            self.seen("result, lead sent")

    # --- keyboard ---------------------------------------------------------------------

    def press(self, button: Any) -> None:
        if self.keyboard:
            self.tab_to(button)
            self.page.keyboard.press("Enter")
        else:
            button.click()

    def tab_to(self, target: Any, any_of: Any = None, limit: int = 80) -> None:
        """Tab (forwards) until the focus is on ``target`` (or one of ``any_of``)."""
        goal = any_of if any_of is not None else target
        for _ in range(limit):
            if goal.evaluate_all("els => els.includes(document.activeElement)"):
                return
            self.page.keyboard.press("Tab")
        raise AssertionError(f"Tab never reached {target}")
