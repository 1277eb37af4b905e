"""Error handling shared by every threatscan click command.

A ThreatscanError becomes ``error: <message>`` on stderr and its own exit
code; a closed stdout stops quietly with 141; anything else is an internal
error (70) whose message is not shown, since it may quote input text.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from typing import Any

import click

from threatscan.errors import ThreatscanError

__all__ = ["EXIT_BROKEN_PIPE", "EXIT_INTERNAL", "ErrorMappingCommand", "ErrorMappingGroup"]

EXIT_INTERNAL = 70
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a process killed by a closed pipe


def _invoke(base: Any, self: click.Command, ctx: click.Context) -> Any:
    try:
        return base.invoke(self, ctx)
    except ThreatscanError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(exc.exit_code)
    except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
        raise
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            # stdout was closed early (``threatscan scan ... | head``): stop quietly.
            _silence_stdout()
            ctx.exit(EXIT_BROKEN_PIPE)
        click.echo(f"error: {exc.strerror or type(exc).__name__}", err=True)
        ctx.exit(EXIT_INTERNAL)
    except Exception as exc:
        # The message may quote input text, so only the type is shown.
        click.echo(
            f"error: internal error ({type(exc).__name__}); please report it with the "
            f"output of `threatscan --version`",
            err=True,
        )
        ctx.exit(EXIT_INTERNAL)


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush does not fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


class ErrorMappingGroup(click.Group):
    """A click group that maps threatscan errors to their exit codes, without tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        return _invoke(click.Group, self, ctx)


class ErrorMappingCommand(click.Command):
    """A click command that maps threatscan errors to their exit codes, without tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        return _invoke(click.Command, self, ctx)
