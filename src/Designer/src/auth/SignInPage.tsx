import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError, describeError } from "../api/client";
import { holds, isDeskOfficer, PROCESS_DESIGNER, type OfficerView } from "./schemas";
import { useSession, useSignIn } from "./session";

/** Where an officer lands: the page asked for, else the designer for designers, the desk for one-stop officers, else the inbox. */
function landing(next: string | null, officer: OfficerView): string {
  if (next && next.startsWith("/") && !next.startsWith("//")) return next;
  if (holds(officer, PROCESS_DESIGNER)) return "/designer";
  return isDeskOfficer(officer) ? "/desk" : "/inbox";
}

/** Đăng nhập: officers sign in with their user name and password. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const [userName, setUserName] = useState("");
  const [password, setPassword] = useState("");
  const next = params.get("next");

  if (session.data) {
    // Signed in already (or signing out right now): say who, and offer the way on.
    return (
      <main className="page sign-in">
        <div className="card sign-in-card" data-testid="signed-in-as">
          <p>{t("auth.signedInAs", { name: session.data.fullName })}</p>
          <Link to={landing(next, session.data)}>{t("auth.continue")}</Link>
        </div>
      </main>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ userName: userName.trim(), password }, {
      onSuccess: (officer) => { if (officer) void navigate(landing(next, officer), { replace: true }); },
    });
  };
  const failure = signIn.error instanceof ApiError && (signIn.error.status === 401 || signIn.error.status === 400)
    ? t("auth.failed") : signIn.error ? describeError(signIn.error) : null;

  return (
    <main className="page sign-in">
      <form className="card sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t("auth.title")}</h1>
        <p className="lead">{t("auth.lead")}</p>
        <label className="field">
          <span>{t("auth.userName")}</span>
          <input id="userName" autoComplete="username" value={userName} onChange={(e) => setUserName(e.target.value)} required autoFocus />
        </label>
        <label className="field">
          <span>{t("auth.password")}</span>
          <input id="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {failure && <p className="error-text" role="alert" data-testid="sign-in-error">{failure}</p>}
        <button type="submit" className="primary wide" disabled={signIn.isPending}>{signIn.isPending ? t("auth.signingIn") : t("auth.signIn")}</button>
        <p className="hint">{t("auth.demo")}</p>
      </form>
    </main>
  );
}
