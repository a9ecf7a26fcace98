import { useEffect } from 'react';
import { useLanguage } from '@/lib/i18n/language-store';
import { DashboardHeader } from './dashboard-header';

export function DashboardPage() {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <div className="dashboard">
      <DashboardHeader />
      <main id="main" className="dashboard-main" />
    </div>
  );
}
