"""Which documented operation a request is: `POST /v2/bot/message/reply` → `replyMessage`.

Built from the spec's own paths, so the emulator names each call as LINE does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from api.emulator.spec import SpecSchemas

_PARAM = re.compile(r"\{([^}/]+)\}")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]

    @property
    def literal_parts(self) -> int:
        return len(self.template) - sum(len(m) for m in _PARAM.findall(self.template))


class OperationTable:
    def __init__(self, spec: SpecSchemas) -> None:
        operations = [
            Operation(op_id, method, template, _compile(template))
            for method, template, op_id in spec.operations()
        ]
        # literal paths first: `/richmenu/list` before `/richmenu/{richMenuId}`
        operations.sort(key=lambda o: (_PARAM.subn("", o.template)[1], -o.literal_parts))
        self._operations = operations

    def match(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        for operation in self._operations:
            if operation.method != method.upper():
                continue
            found = operation.pattern.fullmatch(path)
            if found:
                return operation.operation_id, found.groupdict()
        return None


def _compile(template: str) -> re.Pattern[str]:
    pattern = ""
    last = 0
    for found in _PARAM.finditer(template):
        pattern += re.escape(template[last : found.start()]) + f"(?P<{found.group(1)}>[^/]+)"
        last = found.end()
    return re.compile(pattern + re.escape(template[last:]))
