"""Staff alerts by e-mail (SMTP), sent from a thread so the event loop keeps running."""

from __future__ import annotations

import asyncio
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from bot.notify.channels import DeliveryError
from bot.notify.summary import AlertSummary


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 10.0


class EmailChannel:
    name = "email"

    def __init__(self, smtp: SmtpSettings) -> None:
        self.smtp = smtp

    def compose(self, message_id: int, payload: dict[str, Any]) -> EmailMessage:
        summary = AlertSummary.from_payload(payload)
        mail = EmailMessage()
        mail["Subject"] = summary.headline
        mail["From"] = self.smtp.sender
        mail["To"] = ", ".join(self.smtp.recipients)
        mail["Message-ID"] = f"<tsunagu-outbox-{message_id}@{self.smtp.sender.split('@')[-1]}>"
        mail.set_content(summary.text() + "\n\n※このメールに個人情報は含まれていません。\n")
        return mail

    def _send(self, mail: EmailMessage) -> None:
        with smtplib.SMTP(self.smtp.host, self.smtp.port, timeout=self.smtp.timeout) as client:
            if self.smtp.starttls:
                client.starttls()
            if self.smtp.username:
                client.login(self.smtp.username, self.smtp.password or "")
            client.send_message(mail)

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        mail = self.compose(message_id, payload)
        try:
            await asyncio.to_thread(self._send, mail)
        except smtplib.SMTPRecipientsRefused as error:
            raise DeliveryError("recipients refused", retryable=False) from error
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryError(f"SMTP: {type(error).__name__}") from error
