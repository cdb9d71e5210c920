// Generated from locales/en.json by scripts/catalogues.mjs: edit the JSON, then run the script.
const catalogue = {
  "common": {
    "showPassword": "Show password",
    "passwordShown": "Your password is visible.",
    "passwordHidden": "Your password is hidden.",
    "close": "Close",
    "reference": "Reference: {{requestId}}"
  },
  "fields": {
    "email": "Work email",
    "newPassword": "New password",
    "currentPassword": "Current password",
    "organizationName": "Organization name"
  },
  "validation": {
    "emailRequired": "Enter your email address.",
    "emailInvalid": "Enter an email address like name@company.com.",
    "passwordRequired": "Enter a new password.",
    "currentPasswordRequired": "Enter your current password.",
    "organizationNameRequired": "Enter a name for the organization."
  },
  "start": {
    "title": "Reset your password",
    "description": "Enter the email address you sign in with. We’ll email you a link to choose a new password.",
    "submit": "Email me a reset link",
    "submitting": "Sending…"
  },
  "sent": {
    "title": "Check your email",
    "description": "If an account exists for {{email}}, you’ll get an email with a link to reset your password.",
    "expiry_one": "The link expires in {{count}} minute.",
    "expiry_other": "The link expires in {{count}} minutes.",
    "resend": "Send another link",
    "resendIn_one": "You can ask for another link in {{count}} second.",
    "resendIn_other": "You can ask for another link in {{count}} seconds.",
    "resent": "We sent another link to {{email}}.",
    "useAnotherEmail": "Use a different email address"
  },
  "complete": {
    "title": "Choose a new password",
    "description": "Use a few unrelated words, or a mix of characters nobody could guess.",
    "submit": "Save new password",
    "submitting": "Saving…"
  },
  "session": {
    "title": "Change your password",
    "description": "Choose a new password for your account. You’ll stay signed in on this device and be signed out everywhere else."
  },
  "existing": {
    "title": "Change your password",
    "description": "Enter your current password, then choose a new one.",
    "submit": "Change password"
  },
  "expired": {
    "title": "This link no longer works",
    "description": "Reset links work only once and only for a limited time. Ask for a new one to continue.",
    "requestNew": "Email me a new link",
    "usedTitle": "This link was already used",
    "usedDescription": "Each reset link works only once. Ask for a new one to continue.",
    "expiredTitle": "This link has expired",
    "expiredDescription": "Reset links work only for a limited time. Ask for a new one to continue.",
    "otherBrowserTitle": "Open the link in this browser",
    "otherBrowserDescription": "For your security, a reset link works only in the browser where you asked for it. Ask for a new one here.",
    "requestNewTo": "Email a new link to {{email}}"
  },
  "discovery": {
    "chooseTitle": "Choose an organization",
    "chooseDescription": "Your password is saved. Choose the organization to sign in to.",
    "noOrganizations": "Your email address does not belong to any organization yet.",
    "membershipType": {
      "active_member": "Member",
      "pending_member": "Membership pending",
      "invited_member": "Invited",
      "eligible_to_join_by_email_domain": "You can join with your email domain",
      "eligible_to_join_by_oauth_tenant": "You can join through your identity provider"
    },
    "mfaNeeded": "Requires two-step verification",
    "signIn": "Sign in to {{organization}}",
    "signingIn": "Signing in…",
    "createTitle": "Or create an organization",
    "create": "Create organization",
    "sessionExpiredTitle": "This step expired",
    "sessionExpired": "For your security, this step expired. Start again to choose an organization.",
    "restart": "Start again"
  },
  "mfa": {
    "title": "One more step",
    "description": "{{organization}} requires two-step verification. Continue to confirm it’s you.",
    "descriptionNoOrganization": "Your organization requires two-step verification. Continue to confirm it’s you.",
    "continue": "Continue"
  },
  "done": {
    "title": "Your password is reset",
    "description": "You’re signed in with your new password.",
    "continue": "Continue"
  },
  "rateLimit": {
    "wait_one": "Too many attempts. Try again in {{count}} second.",
    "wait_other": "Too many attempts. Try again in {{count}} seconds."
  },
  "recovery": {
    "contactAdmin": "Ask an administrator of {{organization}} to restore your access.",
    "contactAdminNoOrganization": "Ask your organization’s administrator to restore your access.",
    "contactSupport": "Contact support",
    "signIn": "Sign in again",
    "retryWithReference": "Try again. If it keeps happening, quote the reference below to support."
  },
  "strength": {
    "label": "Password strength",
    "checking": "Checking strength…",
    "announcement": "Password strength: {{band}}",
    "band": {
      "0": "Very weak",
      "1": "Weak",
      "2": "Fair",
      "3": "Strong",
      "4": "Very strong"
    },
    "acceptable": "This password meets the requirements.",
    "notAcceptable": "This password does not meet the requirements yet.",
    "breached": "This password appeared in a data breach. Choose one you have never used anywhere.",
    "hint": "Longer is stronger: try a few unrelated words.",
    "unavailable": "Strength can’t be checked right now. It will be checked when you save.",
    "breachedBand": "Not safe",
    "luds": {
      "title": "Your password needs",
      "length_one": "At least {{count}} character",
      "length_other": "At least {{count}} characters",
      "complexity_one": "At least {{count}} of these character types:",
      "complexity_other": "At least {{count}} of these character types:",
      "lowerCase": "A lowercase letter",
      "upperCase": "An uppercase letter",
      "digit": "A number",
      "symbol": "A symbol or a space",
      "met": "done",
      "unmet": "missing"
    }
  },
  "dialog": {
    "trigger": "Forgot your password?"
  },
  "errors": {
    "invalid_email": "That email address doesn’t look right. Check it and try again.",
    "invalid_argument": "Something in this request is not valid. If it keeps happening, contact support.",
    "weak_password": "This password is too easy to guess. Choose a stronger one.",
    "breached_password": "This password appeared in a data breach. Choose one you have never used anywhere.",
    "token_invalid": "This reset link is not valid or was already used. Ask for a new one.",
    "token_expired": "This reset link has expired. Ask for a new one.",
    "session_too_old": "For your security, sign in again before you change your password.",
    "unauthorized_credentials": "The current password is not correct.",
    "session_invalid": "Your session has ended. Sign in again to continue.",
    "no_password_set": "This account has no password yet. Use “Forgot your password?” to set one by email.",
    "member_not_found": "We couldn’t find that account.",
    "organization_not_found": "We couldn’t find that organization.",
    "rate_limited": "Too many attempts. Wait a moment, then try again.",
    "locked_out": "Too many failed attempts, so your account is locked for a while. Try again later.",
    "pkce_mismatch": "Open the reset link in the same browser where you asked for it.",
    "discovery_session_expired": "For your security, this step expired. Start again.",
    "organization_suspended": "This organization is suspended. Contact its administrator.",
    "configuration": "Password reset is not set up correctly for this app. Contact support.",
    "network": "We couldn’t reach the server. Check your connection and try again.",
    "timeout": "The server took too long to answer. Try again.",
    "server": "Something went wrong on our side. Try again in a moment.",
    "aborted": "The request was cancelled.",
    "unknown": "Something went wrong. Try again."
  }
};

export default catalogue;
