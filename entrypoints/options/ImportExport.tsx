import { useState } from 'preact/hooks';
import { exportCsv } from '@/lib/transfer/csv';
import { exportJson, type UserData } from '@/lib/transfer/format';
import { parseImport, type ImportProblem } from '@/lib/transfer/parse-import';
import type { ImportPlan } from '@/lib/transfer/plan-import';
import { ask } from '@/utils/ask';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { download } from './download';
import { ImportPreview } from './ImportPreview';

type State =
  | { kind: 'idle' }
  | { kind: 'problems'; name: string; problems: ImportProblem[] }
  | { kind: 'preview'; name: string; data: UserData; plan: ImportPlan }
  | { kind: 'done'; plan: ImportPlan }
  | { kind: 'error'; message: string };

/** Export as JSON or CSV; import either with a preview, then in one transaction. */
export function ImportExport({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const stamp = () => new Date().toISOString().slice(0, 10);

  const exportAs = (kind: 'json' | 'csv') =>
    ask({ type: 'exportData' }).then(
      (data) =>
        kind === 'json'
          ? download(`tifa-glossary-${stamp()}.json`, 'application/json', exportJson(data, new Date()))
          : download(`tifa-glossary-${stamp()}.csv`, 'text/csv;charset=utf-8', exportCsv(data)),
      (e: unknown) => setState({ kind: 'error', message: errorText(e) }),
    );

  const choose = async (file: File) => {
    const parsed = parseImport(file.name, await file.text(), file.size);
    if (!parsed.ok) return setState({ kind: 'problems', name: file.name, problems: parsed.problems });
    ask({ type: 'planImport', data: parsed.data }).then(
      (plan) => setState({ kind: 'preview', name: file.name, data: parsed.data, plan }),
      (e: unknown) => setState({ kind: 'error', message: errorText(e) }),
    );
  };

  const apply = (data: UserData) =>
    ask({ type: 'applyImport', data }).then(
      (plan) => {
        setState({ kind: 'done', plan });
        onImported();
      },
      (e: unknown) => setState({ kind: 'error', message: errorText(e) }),
    );

  return (
    <section class="panel" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('optionsTransfer')}</h2>
      <p class="buttons">
        <button type="button" class="quiet" onClick={() => void exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" class="quiet" onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <label class="quiet file-button">
          {t('importChoose')}
          <input
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void choose(file);
            }}
          />
        </label>
      </p>
      {state.kind === 'problems' && (
        <div class="error" role="alert">
          <p>{t('importRefused', state.name)}</p>
          <ul class="problems">
            {state.problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                {p.where}
                {p.field && ` · ${p.field}`}: {p.message}
              </li>
            ))}
          </ul>
          {state.problems.length > 20 && <p>{t('importMoreProblems', String(state.problems.length - 20))}</p>}
        </div>
      )}
      {state.kind === 'preview' && <ImportPreview name={state.name} plan={state.plan} onApply={() => void apply(state.data)} onCancel={() => setState({ kind: 'idle' })} />}
      {state.kind === 'done' && (
        <p class="notice" role="status">
          {t('importDone', String(state.plan.added.length), String(state.plan.changed.length))}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
