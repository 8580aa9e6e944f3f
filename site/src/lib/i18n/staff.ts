import type { Lang } from './index';
import { staffEn } from './staff.en';
import { staffSv, type StaffMessages } from './staff.sv';

export type { StaffMessages };

export function staffMessages(lang: Lang): StaffMessages {
	return lang === 'en' ? staffEn : staffSv;
}
