// Generated from locales/pt-br.json by scripts/catalogues.mjs: edit the JSON, then run the script.
const catalogue = {
  "common": {
    "showPassword": "Mostrar senha",
    "passwordShown": "Sua senha está visível.",
    "passwordHidden": "Sua senha está oculta.",
    "close": "Fechar",
    "reference": "Referência: {{requestId}}"
  },
  "fields": {
    "email": "E‑mail corporativo",
    "newPassword": "Nova senha",
    "currentPassword": "Senha atual",
    "organizationName": "Nome da organização"
  },
  "validation": {
    "emailRequired": "Digite seu e‑mail.",
    "emailInvalid": "Digite um e‑mail no formato nome@empresa.com.",
    "passwordRequired": "Digite uma nova senha.",
    "currentPasswordRequired": "Digite sua senha atual.",
    "organizationNameRequired": "Digite um nome para a organização."
  },
  "start": {
    "title": "Redefina sua senha",
    "description": "Digite o e‑mail que você usa para entrar. Vamos enviar um link para você escolher uma nova senha.",
    "submit": "Enviar link de redefinição",
    "submitting": "Enviando…"
  },
  "sent": {
    "title": "Confira seu e‑mail",
    "description": "Se houver uma conta para {{email}}, você vai receber um e‑mail com um link para redefinir sua senha.",
    "expiry_one": "O link expira em {{count}} minuto.",
    "expiry_other": "O link expira em {{count}} minutos.",
    "resend": "Enviar outro link",
    "resendIn_one": "Você poderá solicitar outro link em {{count}} segundo.",
    "resendIn_other": "Você poderá solicitar outro link em {{count}} segundos.",
    "resent": "Enviamos outro link para {{email}}.",
    "useAnotherEmail": "Usar outro e‑mail"
  },
  "complete": {
    "title": "Escolha uma nova senha",
    "description": "Use algumas palavras ou uma combinação de caracteres que ninguém consiga adivinhar.",
    "submit": "Salvar nova senha",
    "submitting": "Salvando…"
  },
  "session": {
    "title": "Altere sua senha",
    "description": "Escolha uma nova senha para sua conta. Sua sessão continua ativa neste dispositivo; as outras sessões serão encerradas."
  },
  "existing": {
    "title": "Altere sua senha",
    "description": "Digite sua senha atual e depois escolha uma nova.",
    "submit": "Alterar senha"
  },
  "expired": {
    "title": "Este link não funciona mais",
    "description": "Os links de redefinição só podem ser usados uma vez e expiram depois de um tempo. Solicite um novo para continuar.",
    "requestNew": "Enviar um novo link",
    "usedTitle": "Este link já foi usado",
    "usedDescription": "Cada link de redefinição funciona uma única vez. Peça um novo para continuar.",
    "expiredTitle": "Este link expirou",
    "expiredDescription": "Os links de redefinição funcionam só por um tempo limitado. Peça um novo para continuar.",
    "otherBrowserTitle": "Abra o link neste navegador",
    "otherBrowserDescription": "Para sua segurança, um link de redefinição só funciona no navegador em que você o pediu. Peça um novo aqui.",
    "requestNewTo": "Enviar um novo link para {{email}}"
  },
  "discovery": {
    "chooseTitle": "Escolha uma organização",
    "chooseDescription": "Sua senha foi salva. Escolha a organização em que você quer entrar.",
    "noOrganizations": "Seu e‑mail ainda não está vinculado a nenhuma organização.",
    "membershipType": {
      "active_member": "Membro",
      "pending_member": "Aguardando aprovação",
      "invited_member": "Convite recebido",
      "eligible_to_join_by_email_domain": "Você pode ingressar usando o domínio do seu e‑mail",
      "eligible_to_join_by_oauth_tenant": "Você pode ingressar usando seu provedor de identidade"
    },
    "mfaNeeded": "Exige verificação em duas etapas",
    "signIn": "Entrar em {{organization}}",
    "signingIn": "Entrando…",
    "createTitle": "Ou crie uma organização",
    "create": "Criar organização",
    "sessionExpiredTitle": "Esta etapa expirou",
    "sessionExpired": "Para sua segurança, esta etapa expirou. Comece de novo para escolher uma organização.",
    "restart": "Começar de novo"
  },
  "mfa": {
    "title": "Só mais uma etapa",
    "description": "{{organization}} exige verificação em duas etapas. Continue para confirmar que é você.",
    "descriptionNoOrganization": "Sua organização exige verificação em duas etapas. Continue para confirmar que é você.",
    "continue": "Continuar"
  },
  "done": {
    "title": "Sua senha foi redefinida",
    "description": "Você entrou com sua nova senha.",
    "continue": "Continuar"
  },
  "rateLimit": {
    "wait_one": "Muitas tentativas. Tente novamente em {{count}} segundo.",
    "wait_other": "Muitas tentativas. Tente novamente em {{count}} segundos."
  },
  "recovery": {
    "contactAdmin": "Peça a um administrador de {{organization}} para restaurar seu acesso.",
    "contactAdminNoOrganization": "Peça ao administrador da sua organização para restaurar seu acesso.",
    "contactSupport": "Falar com o suporte",
    "signIn": "Entrar novamente",
    "retryWithReference": "Tente novamente. Se continuar acontecendo, informe ao suporte a referência abaixo."
  },
  "strength": {
    "label": "Força da senha",
    "checking": "Verificando a força…",
    "announcement": "Força da senha: {{band}}",
    "band": {
      "0": "Muito fraca",
      "1": "Fraca",
      "2": "Razoável",
      "3": "Forte",
      "4": "Muito forte"
    },
    "acceptable": "Esta senha atende aos requisitos.",
    "notAcceptable": "Esta senha ainda não atende aos requisitos.",
    "breached": "Esta senha apareceu em um vazamento de dados. Escolha uma que você nunca tenha usado em nenhum lugar.",
    "hint": "Quanto mais longa, mais segura: tente algumas palavras sem relação entre si.",
    "unavailable": "Não foi possível verificar a força agora. Ela será verificada ao salvar.",
    "breachedBand": "Não é segura",
    "luds": {
      "title": "Sua senha precisa ter",
      "length_one": "Pelo menos {{count}} caractere",
      "length_other": "Pelo menos {{count}} caracteres",
      "complexity_one": "Pelo menos {{count}} destes tipos de caractere:",
      "complexity_other": "Pelo menos {{count}} destes tipos de caractere:",
      "lowerCase": "Uma letra minúscula",
      "upperCase": "Uma letra maiúscula",
      "digit": "Um número",
      "symbol": "Um símbolo ou espaço",
      "met": "atendido",
      "unmet": "faltando"
    }
  },
  "dialog": {
    "trigger": "Esqueceu sua senha?"
  },
  "errors": {
    "invalid_email": "Esse e‑mail não parece correto. Verifique e tente novamente.",
    "invalid_argument": "Algo nesta solicitação não é válido. Se o problema continuar, fale com o suporte.",
    "weak_password": "Esta senha é muito fácil de adivinhar. Escolha uma mais forte.",
    "breached_password": "Esta senha apareceu em um vazamento de dados. Escolha uma que você nunca tenha usado em nenhum lugar.",
    "token_invalid": "Este link de redefinição não é válido ou já foi usado. Solicite um novo.",
    "token_expired": "Este link de redefinição expirou. Solicite um novo.",
    "session_too_old": "Para sua segurança, entre novamente antes de alterar sua senha.",
    "unauthorized_credentials": "A senha atual está incorreta.",
    "session_invalid": "Sua sessão foi encerrada. Entre novamente para continuar.",
    "no_password_set": "Esta conta ainda não tem senha. Use “Esqueceu sua senha?” para criar uma por e‑mail.",
    "member_not_found": "Não encontramos essa conta.",
    "organization_not_found": "Não encontramos essa organização.",
    "rate_limited": "Muitas tentativas. Aguarde um momento e tente novamente.",
    "locked_out": "Muitas tentativas sem sucesso. Sua conta está bloqueada temporariamente; tente novamente mais tarde.",
    "pkce_mismatch": "Abra o link de redefinição no mesmo navegador em que você o solicitou.",
    "discovery_session_expired": "Para sua segurança, esta etapa expirou. Comece de novo.",
    "organization_suspended": "Esta organização está suspensa. Fale com o administrador dela.",
    "configuration": "A redefinição de senha não está configurada corretamente neste aplicativo. Fale com o suporte.",
    "network": "Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.",
    "timeout": "O servidor demorou demais para responder. Tente novamente.",
    "server": "Algo deu errado do nosso lado. Tente novamente em instantes.",
    "aborted": "A solicitação foi cancelada.",
    "unknown": "Algo deu errado. Tente novamente."
  }
};

export default catalogue;
