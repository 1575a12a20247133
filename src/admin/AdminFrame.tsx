import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React, { type ReactNode } from 'react'

type SignedIn = PayloadRequest & { user: NonNullable<PayloadRequest['user']> }

/**
 * Payload treats custom views as public routes and leaves signing in to them: without a user,
 * off to the sign-in page, which comes back to `viewPath` (below the admin's route) after.
 */
export function requireSignIn(req: PayloadRequest, viewPath: string): asserts req is SignedIn {
  if (req.user) return
  const { routes, admin } = req.payload.config
  redirect(`${routes.admin}${admin.routes.login}?redirect=${encodeURIComponent(`${routes.admin.replace(/\/$/, '')}${viewPath}`)}`)
}

/** The admin's own navigation and header around a custom view, as around Payload's views. */
export function AdminFrame({ initPageResult, params, searchParams, children }: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: ReactNode }) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
