"""The dashboard's own pages: the Exports page (every feature's ``Export`` values) and the
audit of sign-ins and actions."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import pages as p
from bot.core.messages import Msg, Verbatim
from storage.dashboard import DashboardRepository

EXPORTS, AUDIT = "exports", "audit"


def allowed_exports(ctx: p.PageContext, exports: Sequence[p.Export]) -> list[p.Export]:
    roles = ctx.roles
    return [export for export in exports if set(export.roles) & roles]


def export_url(name: str, fmt: str, query: dict[str, str | int] | None = None) -> p.Link:
    return p.Link(Msg(f"dash-format-{fmt}"), EXPORTS, dict(query or {}), download=f"{name}.{fmt}")


def exports_page(exports: Sequence[p.Export]) -> p.Page:
    async def view(ctx: p.PageContext) -> list[p.Block]:
        rows: list[list[p.Cell]] = []
        for export in allowed_exports(ctx, exports):
            formats = ("csv", "xlsx") if export.table is not None else ("zip",)
            variants = (
                await export.variants(ctx)
                if export.variants is not None
                else [p.Variant(Msg(export.title), {})]
            )
            for variant in variants:
                rows.append(
                    [
                        Msg(export.title),
                        variant.label if export.variants is not None else None,
                        [export_url(export.name, fmt, dict(variant.query)) for fmt in formats],
                    ]
                )
        return [
            p.Paragraph(Msg("dash-exports-intro"), "muted"),
            p.Table(
                [Msg("dash-col-export"), Msg("dash-col-which"), Msg("dash-col-download")],
                rows,
                name="exports",
            ),
        ]

    return p.Page(EXPORTS, "dash-page-exports", view, order=900)


def audit_page() -> p.Page:
    async def view(ctx: p.PageContext) -> list[p.Block]:
        program_id = ctx.program.id if ctx.program else None
        rows = await ctx.uow.get(DashboardRepository).audit_rows(program_id)
        people = {
            person.id: person
            for person in await ctx.uow.participants.many(
                row.participant_id for row in rows if row.participant_id is not None
            )
        }
        table: list[list[p.Cell]] = []
        for row in rows:
            person = people.get(row.participant_id) if row.participant_id else None
            who: p.Cell = (
                f"{person.display_name or person.external_id} ({person.channel})"
                if person
                else Msg("dash-audit-nobody")
            )
            table.append(
                [
                    row.at,
                    who,
                    Verbatim(row.action),
                    Verbatim(row.detail),
                    p.Badge(Msg("dash-audit-ok"), "ok")
                    if row.ok
                    else p.Badge(Msg("dash-audit-refused"), "bad"),
                ]
            )
        return [
            p.Paragraph(Msg("dash-audit-intro"), "muted"),
            p.Table(
                [
                    Msg("dash-col-when"),
                    Msg("dash-col-who"),
                    Msg("dash-col-action"),
                    Msg("dash-col-detail"),
                    Msg("dash-col-result"),
                ],
                table,
                name="audit",
            ),
        ]

    return p.Page(AUDIT, "dash-page-audit", view, order=1000)
