/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "kring-record.h"

G_BEGIN_DECLS

/*
 * The consent register's one question: may this household's data be shared
 * with this recipient on this day? @consents is a GListModel of "consents"
 * rows of one household.
 *
 * A consent is valid on a day when given_on <= day, valid_until is NULL or
 * >= day, and withdrawn_on is NULL or > day (withdrawing takes effect on the
 * day itself). Dates are "YYYY-MM-DD" (anything after the date is ignored);
 * a date that cannot be read makes the consent invalid, because a consent
 * register must fail closed.
 *
 * Which recipients a consent covers:
 *  - a consent naming a contact (contact_id set) covers that contact only,
 *    never the contact's organisation or its colleagues, even when the
 *    consent also names the organisation;
 *  - a consent naming only an organisation covers that organisation, and a
 *    contact of it only when the caller passes the contact's organization_id
 *    along with its contact_id (the register cannot look up contacts);
 *  - a consent naming neither (only a free-text recipient) covers nobody the
 *    app can check, so it never counts.
 * At least one of @organization_id and @contact_id must be set.
 */
gboolean  kring_consent_covers           (GListModel    *consents,
                                          const char    *organization_id,
                                          const char    *contact_id,
                                          GDateTime     *on,
                                          KringRecord  **consent_out);

/* The warning to show before sharing, in plain language, naming
 * @recipient_name and saying why (none, not yet given, expired, withdrawn);
 * NULL when a valid consent covers the recipient on @on. */
char     *kring_consent_describe_missing (GListModel    *consents,
                                          const char    *organization_id,
                                          const char    *contact_id,
                                          const char    *recipient_name,
                                          GDateTime     *on);

G_END_DECLS
