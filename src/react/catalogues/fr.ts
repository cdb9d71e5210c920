// Generated from locales/fr.json by scripts/catalogues.mjs: edit the JSON, then run the script.
const catalogue = {
  "common": {
    "showPassword": "Afficher le mot de passe",
    "passwordShown": "Votre mot de passe est visible.",
    "passwordHidden": "Votre mot de passe est masqué.",
    "close": "Fermer",
    "reference": "Référence : {{requestId}}"
  },
  "fields": {
    "email": "Adresse e‑mail professionnelle",
    "newPassword": "Nouveau mot de passe",
    "currentPassword": "Mot de passe actuel",
    "organizationName": "Nom de l’organisation"
  },
  "validation": {
    "emailRequired": "Saisissez votre adresse e‑mail.",
    "emailInvalid": "Saisissez une adresse e‑mail au format nom@entreprise.com.",
    "passwordRequired": "Saisissez un nouveau mot de passe.",
    "currentPasswordRequired": "Saisissez votre mot de passe actuel.",
    "organizationNameRequired": "Saisissez un nom pour l’organisation."
  },
  "start": {
    "title": "Réinitialiser votre mot de passe",
    "description": "Saisissez l’adresse e‑mail que vous utilisez pour vous connecter. Nous vous enverrons un lien pour choisir un nouveau mot de passe.",
    "submit": "M’envoyer un lien de réinitialisation",
    "submitting": "Envoi en cours…"
  },
  "sent": {
    "title": "Vérifier votre boîte de réception",
    "description": "Si un compte existe pour {{email}}, vous recevrez un e‑mail contenant un lien pour réinitialiser votre mot de passe.",
    "expiry_one": "Le lien expire dans {{count}} minute.",
    "expiry_other": "Le lien expire dans {{count}} minutes.",
    "resend": "Envoyer un autre lien",
    "resendIn_one": "Vous pourrez demander un autre lien dans {{count}} seconde.",
    "resendIn_other": "Vous pourrez demander un autre lien dans {{count}} secondes.",
    "resent": "Nous avons envoyé un autre lien à {{email}}.",
    "useAnotherEmail": "Utiliser une autre adresse e‑mail"
  },
  "complete": {
    "title": "Choisir un nouveau mot de passe",
    "description": "Utilisez quelques mots sans lien entre eux, ou un mélange de caractères que personne ne pourrait deviner.",
    "submit": "Enregistrer le nouveau mot de passe",
    "submitting": "Enregistrement…"
  },
  "session": {
    "title": "Modifier votre mot de passe",
    "description": "Choisissez un nouveau mot de passe pour votre compte. Votre session reste ouverte sur cet appareil ; vos autres sessions seront fermées."
  },
  "existing": {
    "title": "Modifier votre mot de passe",
    "description": "Saisissez votre mot de passe actuel, puis choisissez-en un nouveau.",
    "submit": "Modifier le mot de passe"
  },
  "expired": {
    "title": "Ce lien ne fonctionne plus",
    "description": "Les liens de réinitialisation ne peuvent être utilisés qu’une seule fois et expirent au bout d’un certain temps. Demandez-en un nouveau pour continuer.",
    "requestNew": "M’envoyer un nouveau lien",
    "usedTitle": "Ce lien a déjà été utilisé",
    "usedDescription": "Chaque lien de réinitialisation ne fonctionne qu’une fois. Demandez-en un nouveau pour continuer.",
    "expiredTitle": "Ce lien a expiré",
    "expiredDescription": "Les liens de réinitialisation ne fonctionnent que pendant une durée limitée. Demandez-en un nouveau pour continuer.",
    "otherBrowserTitle": "Ouvrir le lien dans ce navigateur",
    "otherBrowserDescription": "Pour votre sécurité, un lien de réinitialisation ne fonctionne que dans le navigateur où vous l’avez demandé. Demandez-en un nouveau ici.",
    "requestNewTo": "Envoyer un nouveau lien à {{email}}"
  },
  "discovery": {
    "chooseTitle": "Choisir une organisation",
    "chooseDescription": "Votre mot de passe est enregistré. Choisissez l’organisation à laquelle vous connecter.",
    "noOrganizations": "Votre adresse e‑mail n’est encore associée à aucune organisation.",
    "membershipType": {
      "active_member": "Membre",
      "pending_member": "En attente d’approbation",
      "invited_member": "Invitation reçue",
      "eligible_to_join_by_email_domain": "Vous pouvez la rejoindre grâce au domaine de votre adresse e‑mail",
      "eligible_to_join_by_oauth_tenant": "Vous pouvez la rejoindre grâce à votre fournisseur d’identité"
    },
    "mfaNeeded": "Validation en deux étapes requise",
    "signIn": "Se connecter à {{organization}}",
    "signingIn": "Connexion en cours…",
    "createTitle": "Ou créer une organisation",
    "create": "Créer une organisation",
    "sessionExpiredTitle": "Cette étape a expiré",
    "sessionExpired": "Pour votre sécurité, cette étape a expiré. Recommencez pour choisir une organisation.",
    "restart": "Recommencer"
  },
  "mfa": {
    "title": "Plus qu’une étape",
    "description": "{{organization}} exige une validation en deux étapes. Continuez pour confirmer votre identité.",
    "descriptionNoOrganization": "Votre organisation exige une validation en deux étapes. Continuez pour confirmer votre identité.",
    "continue": "Continuer"
  },
  "done": {
    "title": "Votre mot de passe a été réinitialisé",
    "description": "Connexion réussie avec votre nouveau mot de passe.",
    "continue": "Continuer"
  },
  "rateLimit": {
    "wait_one": "Trop de tentatives. Réessayez dans {{count}} seconde.",
    "wait_other": "Trop de tentatives. Réessayez dans {{count}} secondes."
  },
  "recovery": {
    "contactAdmin": "Demandez à un administrateur de {{organization}} de rétablir votre accès.",
    "contactAdminNoOrganization": "Demandez à l’administrateur de votre organisation de rétablir votre accès.",
    "contactSupport": "Contacter l’assistance",
    "signIn": "Se reconnecter",
    "retryWithReference": "Réessayez. Si le problème persiste, communiquez la référence ci-dessous à l’assistance."
  },
  "strength": {
    "label": "Robustesse du mot de passe",
    "checking": "Évaluation de la robustesse…",
    "announcement": "Robustesse du mot de passe : {{band}}",
    "band": {
      "0": "Très faible",
      "1": "Faible",
      "2": "Moyenne",
      "3": "Forte",
      "4": "Très forte"
    },
    "acceptable": "Ce mot de passe respecte les exigences.",
    "notAcceptable": "Ce mot de passe ne respecte pas encore les exigences.",
    "breached": "Ce mot de passe est apparu dans une fuite de données. Choisissez-en un que vous n’avez jamais utilisé nulle part.",
    "hint": "Plus il est long, plus il est sûr : essayez quelques mots sans rapport entre eux.",
    "unavailable": "Impossible d’évaluer la robustesse pour l’instant. Elle sera vérifiée à l’enregistrement.",
    "breachedBand": "Pas sûr",
    "luds": {
      "title": "Votre mot de passe doit contenir",
      "length_one": "Au moins {{count}} caractère",
      "length_other": "Au moins {{count}} caractères",
      "complexity_one": "Au moins {{count}} de ces types de caractères :",
      "complexity_other": "Au moins {{count}} de ces types de caractères :",
      "lowerCase": "Une lettre minuscule",
      "upperCase": "Une lettre majuscule",
      "digit": "Un chiffre",
      "symbol": "Un symbole ou un espace",
      "met": "validé",
      "unmet": "manquant"
    }
  },
  "dialog": {
    "trigger": "Mot de passe oublié ?"
  },
  "errors": {
    "invalid_email": "Cette adresse e‑mail semble incorrecte. Vérifiez-la et réessayez.",
    "invalid_argument": "Un élément de cette requête n’est pas valide. Si le problème persiste, contactez l’assistance.",
    "weak_password": "Ce mot de passe est trop facile à deviner. Choisissez-en un plus robuste.",
    "breached_password": "Ce mot de passe est apparu dans une fuite de données. Choisissez-en un que vous n’avez jamais utilisé nulle part.",
    "token_invalid": "Ce lien de réinitialisation n’est pas valide ou a déjà été utilisé. Demandez-en un nouveau.",
    "token_expired": "Ce lien de réinitialisation a expiré. Demandez-en un nouveau.",
    "session_too_old": "Pour votre sécurité, reconnectez-vous avant de modifier votre mot de passe.",
    "unauthorized_credentials": "Le mot de passe actuel est incorrect.",
    "session_invalid": "Votre session a pris fin. Reconnectez-vous pour continuer.",
    "no_password_set": "Ce compte n’a pas encore de mot de passe. Utilisez « Mot de passe oublié ? » pour en définir un par e‑mail.",
    "member_not_found": "Nous n’avons pas trouvé ce compte.",
    "organization_not_found": "Nous n’avons pas trouvé cette organisation.",
    "rate_limited": "Trop de tentatives. Patientez un instant, puis réessayez.",
    "locked_out": "Trop de tentatives infructueuses. Votre compte est temporairement verrouillé. Réessayez plus tard.",
    "pkce_mismatch": "Ouvrez le lien de réinitialisation dans le navigateur depuis lequel vous l’avez demandé.",
    "discovery_session_expired": "Pour votre sécurité, cette étape a expiré. Recommencez.",
    "organization_suspended": "Cette organisation est suspendue. Contactez son administrateur.",
    "configuration": "La réinitialisation du mot de passe n’est pas correctement configurée pour cette application. Contactez l’assistance.",
    "network": "Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.",
    "timeout": "Le serveur a mis trop de temps à répondre. Réessayez.",
    "server": "Un problème est survenu de notre côté. Réessayez dans un instant.",
    "aborted": "La requête a été annulée.",
    "unknown": "Un problème est survenu. Réessayez."
  }
};

export default catalogue;
