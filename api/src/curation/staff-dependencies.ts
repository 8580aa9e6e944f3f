import type { Geography } from '@stodkartan/core';
import type { Mailer } from '../auth/mailer.js';
import { StaffAuth, type SessionPolicy } from '../auth/staff-auth.js';
import type { CatalogueService } from '../catalogue/catalogue-service.js';
import type { StaffDependencies } from '../http/staff.js';
import type { CatalogueRepository } from '../store/catalogue-repository.js';

/** Builds what the staff routes need from the store and the configuration. */
export function createStaffDependencies({
	repository,
	geography,
	catalogue,
	policy,
	origin,
	mailer,
	now = () => new Date()
}: {
	repository: CatalogueRepository;
	geography: Geography;
	catalogue: CatalogueService;
	policy: SessionPolicy;
	origin: string | undefined;
	mailer: Mailer | undefined;
	now?: () => Date;
}): StaffDependencies {
	return {
		auth: new StaffAuth(repository.curation, policy, now),
		curation: { repository, geography, now, published: (options) => catalogue.published(options) },
		accounts: {
			repository: repository.curation,
			now,
			mailer,
			origin,
			organizationExists: async (id) =>
				(await repository.allOrganizations()).some((organization) => organization.id === id)
		},
		origin
	};
}
