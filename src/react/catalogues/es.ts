// Generated from locales/es.json by scripts/catalogues.mjs: edit the JSON, then run the script.
const catalogue = {
  "common": {
    "showPassword": "Mostrar contraseña",
    "passwordShown": "Tu contraseña está visible.",
    "passwordHidden": "Tu contraseña está oculta.",
    "close": "Cerrar",
    "reference": "Referencia: {{requestId}}"
  },
  "fields": {
    "email": "Correo electrónico corporativo",
    "newPassword": "Nueva contraseña",
    "currentPassword": "Contraseña actual",
    "organizationName": "Nombre de la organización"
  },
  "validation": {
    "emailRequired": "Escribe tu correo electrónico.",
    "emailInvalid": "Escribe un correo electrónico con el formato nombre@empresa.com.",
    "passwordRequired": "Escribe una nueva contraseña.",
    "currentPasswordRequired": "Escribe tu contraseña actual.",
    "organizationNameRequired": "Escribe un nombre para la organización."
  },
  "start": {
    "title": "Restablece tu contraseña",
    "description": "Escribe el correo electrónico con el que inicias sesión. Te enviaremos un enlace para elegir una nueva contraseña.",
    "submit": "Enviarme un enlace de restablecimiento",
    "submitting": "Enviando…"
  },
  "sent": {
    "title": "Revisa tu correo",
    "description": "Si existe una cuenta para {{email}}, recibirás un correo con un enlace para restablecer tu contraseña.",
    "expiry_one": "El enlace expira en {{count}} minuto.",
    "expiry_other": "El enlace expira en {{count}} minutos.",
    "resend": "Enviar otro enlace",
    "resendIn_one": "Podrás solicitar otro enlace en {{count}} segundo.",
    "resendIn_other": "Podrás solicitar otro enlace en {{count}} segundos.",
    "resent": "Te enviamos otro enlace a {{email}}.",
    "useAnotherEmail": "Usar otro correo electrónico"
  },
  "complete": {
    "title": "Elige una nueva contraseña",
    "description": "Usa varias palabras sin relación entre sí o una combinación de caracteres que nadie pueda adivinar.",
    "submit": "Guardar nueva contraseña",
    "submitting": "Guardando…"
  },
  "session": {
    "title": "Cambia tu contraseña",
    "description": "Elige una nueva contraseña para tu cuenta. Tu sesión seguirá abierta en este dispositivo y se cerrará en todos los demás."
  },
  "existing": {
    "title": "Cambia tu contraseña",
    "description": "Escribe tu contraseña actual y luego elige una nueva.",
    "submit": "Cambiar contraseña"
  },
  "expired": {
    "title": "Este enlace ya no funciona",
    "description": "Los enlaces de restablecimiento solo funcionan una vez y por tiempo limitado. Solicita uno nuevo para continuar.",
    "requestNew": "Enviarme un enlace nuevo",
    "usedTitle": "Este enlace ya se usó",
    "usedDescription": "Cada enlace de restablecimiento funciona una sola vez. Pide uno nuevo para continuar.",
    "expiredTitle": "Este enlace caducó",
    "expiredDescription": "Los enlaces de restablecimiento funcionan solo por un tiempo limitado. Pide uno nuevo para continuar.",
    "otherBrowserTitle": "Abre el enlace en este navegador",
    "otherBrowserDescription": "Por tu seguridad, un enlace de restablecimiento solo funciona en el navegador donde lo pediste. Pide uno nuevo aquí.",
    "requestNewTo": "Enviar un enlace nuevo a {{email}}"
  },
  "discovery": {
    "chooseTitle": "Elige una organización",
    "chooseDescription": "Tu contraseña está guardada. Elige la organización en la que quieres iniciar sesión.",
    "noOrganizations": "Tu correo electrónico todavía no está asociado a ninguna organización.",
    "membershipType": {
      "active_member": "Miembro",
      "pending_member": "Pendiente de aprobación",
      "invited_member": "Invitación recibida",
      "eligible_to_join_by_email_domain": "Puedes unirte con el dominio de tu correo electrónico",
      "eligible_to_join_by_oauth_tenant": "Puedes unirte con tu proveedor de identidad"
    },
    "mfaNeeded": "Requiere verificación en dos pasos",
    "signIn": "Iniciar sesión en {{organization}}",
    "signingIn": "Iniciando sesión…",
    "createTitle": "O crea una organización",
    "create": "Crear organización",
    "sessionExpiredTitle": "Este paso expiró",
    "sessionExpired": "Por tu seguridad, este paso expiró. Vuelve a empezar para elegir una organización.",
    "restart": "Volver a empezar"
  },
  "mfa": {
    "title": "Un paso más",
    "description": "{{organization}} requiere verificación en dos pasos. Continúa para confirmar tu identidad.",
    "descriptionNoOrganization": "Tu organización requiere verificación en dos pasos. Continúa para confirmar tu identidad.",
    "continue": "Continuar"
  },
  "done": {
    "title": "Contraseña restablecida",
    "description": "Iniciaste sesión con tu nueva contraseña.",
    "continue": "Continuar"
  },
  "rateLimit": {
    "wait_one": "Demasiados intentos. Vuelve a intentarlo en {{count}} segundo.",
    "wait_other": "Demasiados intentos. Vuelve a intentarlo en {{count}} segundos."
  },
  "recovery": {
    "contactAdmin": "Pide a un administrador de {{organization}} que restablezca tu acceso.",
    "contactAdminNoOrganization": "Pide al administrador de tu organización que restablezca tu acceso.",
    "contactSupport": "Contactar con soporte",
    "signIn": "Volver a iniciar sesión",
    "retryWithReference": "Vuelve a intentarlo. Si sigue ocurriendo, indica a soporte la referencia de abajo."
  },
  "strength": {
    "label": "Seguridad de la contraseña",
    "checking": "Comprobando la seguridad…",
    "announcement": "Seguridad de la contraseña: {{band}}",
    "band": {
      "0": "Muy débil",
      "1": "Débil",
      "2": "Regular",
      "3": "Fuerte",
      "4": "Muy fuerte"
    },
    "acceptable": "Esta contraseña cumple los requisitos.",
    "notAcceptable": "Esta contraseña todavía no cumple los requisitos.",
    "breached": "Esta contraseña apareció en una filtración de datos. Elige una que nunca hayas usado en ningún otro lugar.",
    "hint": "Cuanto más larga, más segura: prueba con varias palabras sin relación.",
    "unavailable": "Ahora no podemos comprobar la seguridad. Se comprobará al guardar.",
    "breachedBand": "No es segura",
    "luds": {
      "title": "Tu contraseña necesita",
      "length_one": "Al menos {{count}} carácter",
      "length_other": "Al menos {{count}} caracteres",
      "complexity_one": "Al menos {{count}} de estos tipos de caracteres:",
      "complexity_other": "Al menos {{count}} de estos tipos de caracteres:",
      "lowerCase": "Una letra minúscula",
      "upperCase": "Una letra mayúscula",
      "digit": "Un número",
      "symbol": "Un símbolo o un espacio",
      "met": "cumplido",
      "unmet": "pendiente"
    }
  },
  "dialog": {
    "trigger": "¿Olvidaste tu contraseña?"
  },
  "errors": {
    "invalid_email": "Ese correo electrónico no parece correcto. Revísalo y vuelve a intentarlo.",
    "invalid_argument": "Algo en esta solicitud no es válido. Si sigue ocurriendo, ponte en contacto con el equipo de soporte.",
    "weak_password": "Esta contraseña es demasiado fácil de adivinar. Elige una más segura.",
    "breached_password": "Esta contraseña apareció en una filtración de datos. Elige una que nunca hayas usado en ningún otro lugar.",
    "token_invalid": "Este enlace de restablecimiento no es válido o ya se usó. Solicita uno nuevo.",
    "token_expired": "Este enlace de restablecimiento expiró. Solicita uno nuevo.",
    "session_too_old": "Por tu seguridad, vuelve a iniciar sesión antes de cambiar tu contraseña.",
    "unauthorized_credentials": "La contraseña actual no es correcta.",
    "session_invalid": "Tu sesión terminó. Vuelve a iniciar sesión para continuar.",
    "no_password_set": "Esta cuenta todavía no tiene contraseña. Usa “¿Olvidaste tu contraseña?” para crear una por correo electrónico.",
    "member_not_found": "No encontramos esa cuenta.",
    "organization_not_found": "No encontramos esa organización.",
    "rate_limited": "Demasiados intentos. Espera un momento y vuelve a intentarlo.",
    "locked_out": "Demasiados intentos fallidos. Tu cuenta está bloqueada por un tiempo. Vuelve a intentarlo más tarde.",
    "pkce_mismatch": "Abre el enlace de restablecimiento en el mismo navegador en el que lo solicitaste.",
    "discovery_session_expired": "Por tu seguridad, este paso expiró. Vuelve a empezar.",
    "organization_suspended": "Esta organización está suspendida. Ponte en contacto con su administrador.",
    "configuration": "El restablecimiento de contraseña no está bien configurado en esta aplicación. Ponte en contacto con el equipo de soporte.",
    "network": "No pudimos conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.",
    "timeout": "El servidor tardó demasiado en responder. Vuelve a intentarlo.",
    "server": "Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.",
    "aborted": "Se canceló la solicitud.",
    "unknown": "Algo salió mal. Vuelve a intentarlo."
  }
};

export default catalogue;
