import { installHolidaySource } from '@shared/procedure/bank-holidays';
import { dateHolidaysSource } from '@shared/procedure/date-holidays-source';

// Tests count working days with the same date-holidays source the main process installs.
installHolidaySource(dateHolidaysSource);
