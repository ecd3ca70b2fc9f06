"""Drives `recovery serve` in headless Chromium through the patient's flows, checks every page with
axe-core, and saves screenshots at 390 px and 1280 px.

    python browser_flows.py URL SCREENSHOT_FOLDER

URL is the address `recovery serve` printed (with ?token=). Prints one JSON object: the notices each
flow ended with, the texts the test checks, the serious or critical axe violations per page, and the
screenshots written. Exits 0 when the browser ran to the end; the test judges the results.

The import is done twice: in the first browser, and in a second one with JavaScript turned off, which
chooses the file in the form's plain file field too (no page needs a script).
"""

import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

CSV = (
    "type,date,score,location,side\r\n"
    "pain,2024-03-01,4,groin,left\r\n"
    "pain,2024-03-02,3,groin,left\r\n"
)

# Imported by the browser without JavaScript.
CSV_WITHOUT_SCRIPT = (
    "type,date,score,location,side\n"
    "pain,2024-03-05,2,groin,left\n"
    "pain,2024-03-06,1,groin,left\n"
)


def chromium(script=True):
    """Debian's chromium and chromium-driver, named outright: Selenium would otherwise try to download a
    browser from the internet. Without `script`, the browser runs no page's JavaScript."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    if not script:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    os.environ["SE_AVOID_STATS"] = "true"
    return webdriver.Chrome(
        options=options, service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"))


def main():
    url, folder = sys.argv[1], sys.argv[2]
    base = urllib.parse.urlsplit(url)
    origin = f"{base.scheme}://{base.netloc}"
    files = tempfile.mkdtemp(prefix="recovery-browser-files-")

    def write(name, contents):
        """A file for the browser to choose; its path."""
        path = os.path.join(files, name)
        with open(path, "wb") as file:
            file.write(contents)
        return path

    driver = chromium()
    result = {"notices": {}, "texts": {}, "violations": {}, "screenshots": []}

    def submit(button):
        """Clicks a button that sends a form and waits for the page it leads to."""
        page = driver.find_element(By.TAG_NAME, "html")
        button.click()

        def left(_):
            # The old page's root is stale once the next page is shown; Chromium's inspector may say
            # instead that the node no longer belongs to the document, which means the same.
            try:
                return expected_conditions.staleness_of(page)(driver)
            except WebDriverException as error:
                if "does not belong to the document" in str(error):
                    return True
                raise

        WebDriverWait(driver, 60).until(left)

    def notice():
        found = driver.find_elements(By.CSS_SELECTOR, "p.notice")
        return found[0].text if found else ""

    def check(name):
        """Runs axe on the page, keeps serious and critical violations, and takes both screenshots."""
        for attempt in range(3):
            try:
                axe = Axe(driver)
                axe.inject()
                report = axe.run()
                break
            except WebDriverException:
                # Chromium's inspector sometimes loses a node while a busy machine is still laying the
                # page out; the page is the same, so the check is run again.
                if attempt == 2:
                    raise
                time.sleep(1)
        bad = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in report["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        result["violations"][name] = bad
        for width in (390, 1280):
            driver.set_window_size(width, 900)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(max(height, 900), 6000))
            driver.execute_script("window.scrollTo(0, 0)")
            path = f"{folder}/{name}-{width}.png"
            driver.save_screenshot(path)
            result["screenshots"].append(path)
        driver.set_window_size(1280, 900)

    try:
        driver.get(url)
        result["texts"]["address after the token"] = driver.current_url
        check("today")
        # Pain in three taps: the place, the side, the score.
        driver.find_element(By.CSS_SELECTOR, "label[for=location-0]").click()
        driver.find_element(By.CSS_SELECTOR, "label[for=side-1]").click()
        submit(driver.find_element(By.CSS_SELECTOR, "button[name=score][value='6']"))
        result["notices"]["pain"] = notice()
        result["texts"]["today"] = driver.find_element(By.ID, "today-entries").text

        driver.get(origin + "/treatment")
        check("treatment")
        Select(driver.find_element(By.ID, "treatment-kind")).select_by_value("cortisone")
        Select(driver.find_element(By.ID, "treatment-side")).select_by_value("right")
        submit(driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
        result["notices"]["treatment"] = notice()

        driver.get(origin + "/questionnaires")
        check("questionnaires")
        for item, answer in zip(range(1, 7), (1, 2, 1, 0, 2, 1)):
            Select(driver.find_element(By.ID, f"hoos-{item}")).select_by_value(str(answer))
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='HOOS JR'] button[type=submit]"))
        result["notices"]["hoos"] = notice()

        driver.get(origin + "/diary?type=pain")
        check("diary")
        submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Change #"))
        check("entry")
        score = driver.find_element(By.ID, "edit-score")
        score.clear()
        score.send_keys("7")
        # Fields the entry did not have: a note and what provoked the pain.
        result["texts"]["note before the edit"] = driver.find_element(By.ID, "edit-note").get_attribute("value")
        driver.find_element(By.ID, "edit-note").send_keys("after the walk")
        Select(driver.find_element(By.ID, "edit-activity")).select_by_value("walking")
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='Change the entry'] button"))
        result["notices"]["edit"] = notice()
        result["texts"]["note after the edit"] = driver.find_element(By.ID, "edit-note").get_attribute("value")
        result["texts"]["activity after the edit"] = Select(
            driver.find_element(By.ID, "edit-activity")).first_selected_option.get_attribute("value")
        result["texts"]["history"] = driver.find_element(By.ID, "history").text
        check("entry-edited")
        driver.get(origin + "/diary")
        submit(driver.find_element(By.CSS_SELECTOR, "form[action='/undo'] button"))
        result["notices"]["undo"] = notice()

        # A medication dose logged with the Today form offers its optional fields when changed.
        driver.get(origin + "/")
        Select(driver.find_element(By.ID, "medication-drug")).select_by_value("ibuprofen")
        driver.find_element(By.ID, "medication-dose").send_keys("400")
        submit(driver.find_element(By.XPATH, "//button[normalize-space()='Log dose']"))
        result["notices"]["medication"] = notice()
        driver.get(origin + "/diary?type=medication")
        submit(driver.find_element(By.PARTIAL_LINK_TEXT, "Change #"))
        result["texts"]["medication fields"] = [
            e.get_attribute("id")
            for e in driver.find_elements(By.CSS_SELECTOR, "form[aria-label='Change the entry'] [id]")
        ]
        check("entry-medication")

        driver.get(origin + "/import")
        check("import")
        driver.find_element(By.ID, "import-file").send_keys(write("pain.csv", CSV.encode()))
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='Import a file'] button"))
        result["texts"]["dry run"] = driver.find_element(By.ID, "import-summary").text
        check("import-dry-run")
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='Confirm the import'] button"))
        result["notices"]["import"] = notice()

        driver.get(origin + "/import")
        driver.find_element(By.ID, "import-file").send_keys(write("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='Import a file'] button"))
        result["notices"]["binary import"] = notice()
        check("import-refused")

        driver.get(origin + "/patients")
        check("patients")
        demo = driver.find_element(By.XPATH, "//fieldset//label[normalize-space()='demo']")
        driver.find_element(By.ID, demo.get_attribute("for")).send_keys(" ")
        submit(driver.find_element(By.CSS_SELECTOR, "form[action='/patients/choose'] button"))
        result["notices"]["patient"] = notice()

        driver.get(origin + "/report")
        check("report-form")
        submit(driver.find_element(By.CSS_SELECTOR, "form[action='/report/view'] button"))
        result["texts"]["report verdicts"] = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".verdict")]
        result["texts"]["report title"] = driver.title
        check("report")

        driver.get(origin + "/cohort")
        result["texts"]["cohort title"] = driver.title
        check("cohort")
        driver.quit()

        # The import again in a browser that runs no script: the file chosen in the plain file field.
        driver = chromium(script=False)
        driver.get("data:text/html,<title>off</title><script>document.title='on'</script>")
        result["texts"]["script in the second browser"] = driver.title
        driver.get(url)
        driver.get(origin + "/import")
        driver.find_element(By.ID, "import-file").send_keys(write("later.csv", CSV_WITHOUT_SCRIPT.encode()))
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='Import a file'] button"))
        result["texts"]["dry run without script"] = driver.find_element(By.ID, "import-summary").text
        submit(driver.find_element(By.CSS_SELECTOR, "form[aria-label='Confirm the import'] button"))
        result["notices"]["import without script"] = notice()
    except Exception as error:  # noqa: BLE001 - reported with what was done so far
        result["error"] = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    finally:
        try:
            driver.quit()
        except WebDriverException:
            pass
        shutil.rmtree(files, ignore_errors=True)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
