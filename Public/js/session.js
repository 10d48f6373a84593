// Wallet sign-in (EIP-4361 through an EIP-1193 provider such as MetaMask), sign-out and the
// profile form. The session lives in HttpOnly cookies; state-changing requests send the CSRF
// cookie's value in X-CSRF-Token.

const csrfToken = () => document.cookie.split("; ").find((c) => c.startsWith("lore_csrf="))?.split("=")[1] ?? "";

async function api(path, body) {
  const response = await fetch(path, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const fields = data?.field_errors ? Object.values(data.field_errors).flat().join(" ") : "";
    throw new Error([data?.detail ?? data?.error ?? `HTTP ${response.status}`, fields].filter(Boolean).join(" "));
  }
  return data;
}

const utf8Hex = (text) => "0x" + Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0")).join("");

async function signIn(status) {
  if (!window.ethereum) {
    status.textContent = "No Ethereum wallet found in this browser. Install one (for example MetaMask) and try again.";
    return;
  }
  try {
    status.textContent = "Waiting for your wallet…";
    const [account] = await window.ethereum.request({ method: "eth_requestAccounts" });
    const { message } = await api("/api/auth/generate-nonce/", { address: account });
    status.textContent = "Please sign the message in your wallet.";
    const signature = await window.ethereum.request({ method: "personal_sign", params: [utf8Hex(message), account] });
    await api("/api/auth/verify-signature/", { message, signature });
    window.location.reload();
  } catch (error) {
    status.textContent = `Sign-in failed: ${error.message ?? error}`;
  }
}

document.getElementById("sign-in")?.addEventListener("click", () => signIn(document.getElementById("sign-in-status")));

document.getElementById("sign-out")?.addEventListener("click", async () => {
  await api("/api/auth/logout/").catch(() => {});
  window.location.reload();
});

const form = document.getElementById("profile-form");
form?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const status = form.querySelector(".form-status");
  const fields = new FormData(form);
  try {
    const user = await api("/api/auth/profile/", { username: fields.get("username"), bio: fields.get("bio") });
    document.getElementById("username").textContent = user.username;
    document.getElementById("bio").textContent = user.bio;
    status.textContent = "Saved.";
  } catch (error) {
    status.textContent = error.message;
  }
});
