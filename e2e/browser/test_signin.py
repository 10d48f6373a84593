"""Sign-in with an Ethereum wallet, profile editing and sign-out in a real browser."""
from playwright.sync_api import expect

import wallet as test_wallet
from screens import screenshot


def test_sign_in_edit_profile_and_sign_out(lore_server, page):
    wallet = test_wallet.TestWallet()
    test_wallet.install(page, wallet)

    page.goto(lore_server + "/")
    expect(page.get_by_role("button", name="Sign in with Ethereum")).to_be_visible()
    screenshot(page, "home-signed-out")

    page.get_by_role("button", name="Sign in with Ethereum").click()
    expect(page.get_by_text("Signed in as")).to_be_visible(timeout=15000)
    expect(page.locator("#wallet")).to_have_text(wallet.address)
    default_username = wallet.address[:10]
    expect(page.locator("#username")).to_have_text(default_username)
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["lore_access"]["httpOnly"] and cookies["lore_access"]["sameSite"] == "Lax"
    assert not cookies["lore_csrf"]["httpOnly"]
    screenshot(page, "home-signed-in")
    page.emulate_media(color_scheme="dark")
    screenshot(page, "home-signed-in-dark")
    page.emulate_media(color_scheme="light")

    page.get_by_label("Username").fill("browser_tester")
    page.get_by_label("Bio").fill("Paints with light.")
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator(".form-status")).to_have_text("Saved.")
    expect(page.locator("#username")).to_have_text("browser_tester")
    page.reload()
    expect(page.locator("#bio")).to_have_text("Paints with light.")

    page.get_by_label("Username").fill("Not Valid!")
    page.locator("#profile-form").evaluate("form => form.noValidate = true")
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator(".form-status")).to_contain_text("lower-case letters")
    screenshot(page, "profile-validation-error")

    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("button", name="Sign in with Ethereum")).to_be_visible()
    assert "lore_access" not in {c["name"] for c in page.context.cookies() if c["value"]}


def test_without_a_wallet_the_page_explains(lore_server, page):
    page.goto(lore_server + "/")
    page.get_by_role("button", name="Sign in with Ethereum").click()
    expect(page.locator("#sign-in-status")).to_contain_text("No Ethereum wallet found")


def test_unknown_page_shows_the_html_error_page(lore_server, page):
    response = page.goto(lore_server + "/no/such/page")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Not Found")).to_be_visible()
    screenshot(page, "error-404")
